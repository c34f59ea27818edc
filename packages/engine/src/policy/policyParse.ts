import type { z } from 'zod';
import { policyFieldsSchema, policySchema } from './policySchema.ts';
import type { Policy } from './policySchema.ts';
import { regexBudgetSteps } from './regexBudget.ts';

/** One problem in a policy, at the field that has it. */
export interface PolicyError {
  /** Field path like `origin.allow[2].regex` or `exposeHeaders[0]`; `''` for the policy itself. */
  path: string;
  message: string;
}

export type PolicyParseResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

/**
 * Validates untrusted input (an API body, a CLI file, the UI editor) into a fully-defaulted policy, or
 * lists every problem with its field path. Never throws.
 */
export function policyParse(input: unknown): PolicyParseResult {
  const result = policySchema.safeParse(input);
  if (result.success) return { ok: true, policy: result.data };
  return policyParseFailed(result.error.issues);
}

/**
 * Validation work (`regexBudgetSteps` units, ~1–2 ms of CPU) between two pauses of `policyParseSliced`.
 */
export const policyParseSliceWork = 50_000;

/**
 * `policyParse` for a server that serves others meanwhile: the fields are checked at once (cheap), then
 * the policy's regexes one at a time, awaiting `pause` whenever a slice of work is done, so that checking
 * one policy (up to `regexLimits.policyWorkMax`, ~100 ms) never holds the event loop for more than a few
 * milliseconds. Budget problems are reported once the fields are right.
 */
export async function policyParseSliced(
  input: unknown,
  pause: () => Promise<void>,
): Promise<PolicyParseResult> {
  const fields = policyFieldsSchema.safeParse(input);
  if (!fields.success) return policyParseFailed(fields.error.issues);
  const steps = regexBudgetSteps(fields.data);
  let paused = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) {
      const { problems } = step.value;
      if (problems.length === 0) return { ok: true, policy: fields.data };
      const errors = problems.map((problem) => ({
        path: policyPathFormat(problem.path),
        message: problem.message,
      }));
      return { ok: false, errors: policyErrorsUnique(errors) };
    }
    if (step.value - paused >= policyParseSliceWork) {
      paused = step.value;
      await pause();
    }
  }
}

function policyParseFailed(issues: Issue[]): PolicyParseResult {
  const errors = issues.flatMap((issue) => policyIssueErrors(issue, []));
  return { ok: false, errors: policyErrorsUnique(errors) };
}

/** `['origin', 'allow', 2, 'regex']` → `origin.allow[2].regex`. */
export function policyPathFormat(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

type Issue = z.core.$ZodIssue;

/** Issues that only say "this branch expects another type/value": the input was meant for another branch. */
function policyIssueIsMismatch(issue: Issue): boolean {
  return (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.path.length === 0;
}

/**
 * Zod reports a failed union as one issue holding every branch's issues; a learner wants the problem in
 * the branch they meant (a string origin's format, not "expected object"), so pick that branch.
 */
function policyIssueErrors(issue: Issue, prefix: PropertyKey[]): PolicyError[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    const meant = issue.errors.find((branch) => branch.length > 0 && !branch.every(policyIssueIsMismatch));
    if (meant) return meant.flatMap((inner) => policyIssueErrors(inner, path));
    return [{ path: policyPathFormat(path), message: policyUnionMessage(issue) }];
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: policyPathFormat([...path, key]),
      message: 'unknown field (check its spelling; see docs/policy.md)',
    }));
  }
  return [{ path: policyPathFormat(path), message: issue.message }];
}

function policyUnionMessage(issue: Issue & { code: 'invalid_union' }): string {
  const inner = issue.errors.flat();
  const types = inner.flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : []));
  if (types.length > 0 && types.length === inner.length) {
    const received = /received (\w+)/.exec(inner[0]?.message ?? '')?.[1];
    return `expected ${[...new Set(types)].join(' or ')}${received ? `, received ${received}` : ''}`;
  }
  const messages = [...new Set(inner.map((i) => i.message))];
  return messages.length > 0 ? messages.join('; or ') : issue.message;
}

/** One error per field: the first check that failed says enough (an empty token is not also "not a token"). */
function policyErrorsUnique(errors: PolicyError[]): PolicyError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (seen.has(error.path)) return false;
    seen.add(error.path);
    return true;
  });
}
