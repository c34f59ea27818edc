import { policyParse, type Policy, type PolicyInput } from '@cors-playground/engine';

/** A valid policy from its input, for the exposure tests; an invalid one fails the test at once. */
export function exposurePolicy(input: PolicyInput): Policy {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}
