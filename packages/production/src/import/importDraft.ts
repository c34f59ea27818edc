import { policyParse, type PolicyInput } from '@cors-playground/engine';
import type { ImportError, ImportSource, PolicyImport } from './policyImport.ts';

/**
 * An import in progress: the pasted lines (for error texts), the notes and errors found so far, and
 * the line each policy field came from, so a value the policy schema refuses is reported at its line.
 */
export interface ImportDraft {
  source: ImportSource;
  lines: string[];
  notes: string[];
  errors: ImportError[];
  /** Policy field path prefix (`origin`, `paths[1].override.maxAge`) → 1-based line. */
  fieldLines: Map<string, number>;
}

export function importDraftCreate(source: ImportSource, text: string): ImportDraft {
  return { source, lines: text.split(/\r?\n/), notes: [], errors: [], fieldLines: new Map() };
}

/** Records a refusal at a 1-based line. */
export function importDraftError(draft: ImportDraft, line: number, message: string): void {
  const text = (draft.lines[line - 1] ?? '').trim();
  if (draft.errors.some((e) => e.line === line && e.message === message)) return;
  draft.errors.push({ line, text, message });
}

/** Records what the framework does that the playground cannot express (once). */
export function importDraftNote(draft: ImportDraft, message: string): void {
  if (!draft.notes.includes(message)) draft.notes.push(message);
}

/** Remembers that the policy field at `path` was written at `line` (first writer wins). */
export function importDraftField(draft: ImportDraft, path: string, line: number): void {
  if (!draft.fieldLines.has(path)) draft.fieldLines.set(path, line);
}

function importDraftLineOf(draft: ImportDraft, path: string): number {
  let best = 1;
  let bestLength = -1;
  for (const [prefix, line] of draft.fieldLines) {
    const covers = path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
    if (covers && prefix.length > bestLength) {
      best = line;
      bestLength = prefix.length;
    }
  }
  return best;
}

/**
 * Validates the built policy with the playground's own schema; a value it refuses (an origin with a
 * path, a regex RE2 cannot run) becomes an error at the line that wrote it. Any error voids the policy.
 */
export function importDraftFinish(draft: ImportDraft, input: PolicyInput): PolicyImport {
  const parsed = policyParse(input);
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      importDraftError(draft, importDraftLineOf(draft, e.path), `${e.path || 'policy'}: ${e.message}`);
    }
  }
  const ok = parsed.ok && draft.errors.length === 0;
  draft.errors.sort((a, b) => a.line - b.line);
  return {
    source: draft.source,
    policy: ok ? parsed.policy : null,
    notes: draft.notes,
    errors: draft.errors,
  };
}

/** An allowed-origin entry as written, defaults not yet filled in. */
export type ImportOriginEntry = Extract<
  NonNullable<PolicyInput['origin']>,
  { mode: 'list' }
>['allow'][number];
