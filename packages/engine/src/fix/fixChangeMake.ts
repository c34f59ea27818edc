import type { FetchRequest, Trace } from '../browser/fetchTypes.ts';
import type { CorsRule, CorsRuleOverride } from '../policy/policySchema.ts';

/** One atomic policy edit a fix is made of; several combine when one alone is not enough. */
export interface FixChange {
  id: string;
  /** Fields to set on the rule in force (the matching `paths[]` override, or the top level). */
  fields: CorsRuleOverride;
  /** Human description, e.g. `origin.allow += "http://localhost:5173"`. */
  patch: string;
  title: string;
  safe: boolean;
  why: string;
  /** Which way of granting the origin this is; fixes use at most one. Null: not an origin grant. */
  originGrant: 'list' | 'null' | 'reflect' | 'any' | null;
}

/** What the changes are derived from: the request, what happened, and the rule that was in force. */
export interface FixChangeContext {
  request: FetchRequest;
  trace: Trace;
  rule: CorsRule;
  /** Response headers the page wants to read (a "read header" goal). Default none. */
  readHeaders: string[];
}

/**
 * Builds one change. Lives apart from `fixChanges` so that the origin grants (`fixGrant.ts`), which
 * `fixChanges` collects, can build changes too without the two modules importing each other.
 */
export function fixChangeMake(
  id: string,
  fields: CorsRuleOverride,
  patch: string,
  title: string,
  safe: boolean,
  why: string,
): FixChange {
  return { id, fields, patch, title, safe, why, originGrant: null };
}
