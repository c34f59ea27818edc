import { policyParse, type Policy, type PolicyInput } from '@cors-playground/engine';

/** A policy from its input, for tests: a fixture that does not parse is a bug in the test, so it throws. */
export function policyFixture(input: PolicyInput): Policy {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

/** A realistic production origin list: exact origins, a wildcard, a regex, with credentials. */
export const policyFixtureListInput: PolicyInput = {
  origin: {
    mode: 'list',
    allow: [
      'https://app.example.com',
      'https://*.example.com',
      { regex: 'localhost:\\d+$', anchor: 'start', ignoreCase: true },
    ],
  },
  credentials: true,
  allowHeaders: { mode: 'list', values: ['content-type', 'x-custom'] },
  exposeHeaders: ['x-request-id'],
  maxAge: 600,
};
