import { policySchema } from './policySchema.ts';
import type { Policy } from './policySchema.ts';

/**
 * The starting policy: every field at its default, which allows no cross-origin access (the origin list
 * is empty), so a fresh sandbox demonstrates a blocked request before the learner opens anything up.
 */
export function policyDefault(): Policy {
  // Parsed on each call so callers may mutate their copy freely.
  return policySchema.parse({});
}
