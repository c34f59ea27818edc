import { policyParse, type PolicyInput } from '@cors-playground/engine';
import type { ImportError, ImportSource, PolicyImport } from './policyImport.ts';

/**
 * An import in progress: the pasted lines (for error texts), the notes and errors found so far, and
 * the line each policy field came from, so a value the policy schema refuses is reported at its line.
 * Its methods are bound closures, so an importer may pass `draft.error` along as a callback.
 */
export interface ImportDraft {
  readonly source: ImportSource;
  readonly lines: string[];
  readonly notes: string[];
  readonly errors: ImportError[];
  /** Policy field path prefix (`origin`, `paths[1].override.maxAge`) → 1-based line. */
  readonly fieldLines: Map<string, number>;
  /** Records a refusal at a 1-based line (once per line and message). */
  error(line: number, message: string): void;
  /** Records what the framework does that the playground cannot express (once). */
  note(message: string): void;
  /** Remembers that the policy field at `path` was written at `line` (first writer wins). */
  field(path: string, line: number): void;
  /**
   * Validates the built policy with the playground's own schema; a value it refuses (an origin with a
   * path, a regex RE2 cannot run) becomes an error at the line that wrote it. Any error voids the policy.
   */
  finish(input: PolicyInput): PolicyImport;
}

export function importDraftCreate(source: ImportSource, text: string): ImportDraft {
  const lines = text.split(/\r?\n/);
  const notes: string[] = [];
  const errors: ImportError[] = [];
  const fieldLines = new Map<string, number>();
  const error = (line: number, message: string): void => {
    const lineText = (lines[line - 1] ?? '').trim();
    if (errors.some((e) => e.line === line && e.message === message)) return;
    errors.push({ line, text: lineText, message });
  };
  const lineOf = (path: string): number => {
    let best = 1;
    let bestLength = -1;
    for (const [prefix, line] of fieldLines) {
      const covers = path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
      if (covers && prefix.length > bestLength) {
        best = line;
        bestLength = prefix.length;
      }
    }
    return best;
  };
  return {
    source,
    lines,
    notes,
    errors,
    fieldLines,
    error,
    note(message) {
      if (!notes.includes(message)) notes.push(message);
    },
    field(path, line) {
      if (!fieldLines.has(path)) fieldLines.set(path, line);
    },
    finish(input) {
      const parsed = policyParse(input);
      if (!parsed.ok) {
        for (const e of parsed.errors) error(lineOf(e.path), `${e.path || 'policy'}: ${e.message}`);
      }
      const ok = parsed.ok && errors.length === 0;
      errors.sort((a, b) => a.line - b.line);
      return { source, policy: ok ? parsed.policy : null, notes, errors };
    },
  };
}

/** An allowed-origin entry as written, defaults not yet filled in. */
export type ImportOriginEntry = Extract<
  NonNullable<PolicyInput['origin']>,
  { mode: 'list' }
>['allow'][number];
