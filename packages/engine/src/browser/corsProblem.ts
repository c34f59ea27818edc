import type { TraceFailureCode } from './fetchTypes.ts';

/** A failed check, before it is turned into a trace failure and console messages. */
export interface CorsProblem {
  code: TraceFailureCode;
  /** The offending value (ACAO value, ACAC value, method, header name or token), if any. */
  hint: string | null;
  /** Found on a CORS-preflight response. */
  preflight: boolean;
}

export function corsProblem(
  code: TraceFailureCode,
  hint: string | null = null,
  preflight = false,
): CorsProblem {
  return { code, hint, preflight };
}
