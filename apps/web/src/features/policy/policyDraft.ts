/** One problem in the policy draft, at its field path (`''` for the whole document). */
export interface PolicyDraftError {
  path: string;
  message: string;
}

/** A field path split into keys and array indexes: `origin.allow[2].regex` → `['origin','allow',2,'regex']`. */
export type PolicyPathSegment = string | number;

export type PolicyDraftParse = { ok: true; value: unknown } | { ok: false; error: PolicyDraftError };

/** Parses the editor's JSON text; a syntax error becomes an error at the document (path `''`). */
export function policyDraftParse(text: string): PolicyDraftParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { path: '', message: `JSON syntax error: ${message}` } };
  }
}

/** The one way drafts are written out, so the JSON view and a form edit format the same document alike. */
export function policyDraftFormat(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** The inverse of the engine's `policyPathFormat`: `exposeHeaders[0]` → `['exposeHeaders', 0]`. */
export function policyPathSegments(path: string): PolicyPathSegment[] {
  const segments: PolicyPathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns a copy of `root` with `value` written at `path`, creating objects and arrays on the way;
 * `undefined` removes the field (an array element is spliced out). Edits go into the raw draft rather
 * than a re-serialized model so that everything else the user wrote, valid or not, survives a form edit.
 */
export function policyDraftSet(root: unknown, path: readonly PolicyPathSegment[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const array = Array.isArray(root) ? [...(root as unknown[])] : [];
    if (rest.length === 0 && value === undefined) {
      array.splice(head, 1);
      return array;
    }
    array[head] = policyDraftSet(array[head], rest, value);
    return array;
  }
  const object: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  if (rest.length === 0 && value === undefined) {
    delete object[head];
    return object;
  }
  object[head] = policyDraftSet(object[head], rest, value);
  return object;
}

/** The errors at `path` or below it, e.g. every error of `origin` including `origin.allow[1]`. */
export function policyErrorsAt(errors: readonly PolicyDraftError[], path: string): PolicyDraftError[] {
  return errors.filter(
    (error) => error.path === path || error.path.startsWith(`${path}.`) || error.path.startsWith(`${path}[`),
  );
}

/** How an error is shown in the status line: `origin.allow[0] an origin has no path …`. */
export function policyErrorDescribe(error: PolicyDraftError): string {
  return error.path === '' ? error.message : `${error.path} ${error.message}`;
}
