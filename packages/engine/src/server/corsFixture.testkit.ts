import type { HeaderList } from '../http/httpTypes.ts';
import { policyParse } from '../policy/policyParse.ts';
import type { Policy, PolicyInput } from '../policy/policySchema.ts';

/** Test support for the server-side tests: the playground's origins and request builders. */
export const corsFixture = {
  app: 'http://localhost:5173',
  other: 'http://localhost:5174',
  api: 'http://localhost:4000',

  /** A policy from input that must be valid (throws with the errors otherwise). */
  policy(input: PolicyInput): Policy {
    const result = policyParse(input);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.policy;
  },

  preflight(origin: string, method = 'PUT', headers?: string, url = 'http://localhost:4000/x') {
    const list: HeaderList = [
      ['Origin', origin],
      ['Access-Control-Request-Method', method],
    ];
    if (headers !== undefined) list.push(['Access-Control-Request-Headers', headers]);
    return { method: 'OPTIONS', url, headers: list, body: null };
  },

  actual(origin: string | null, url = 'http://localhost:4000/x', method = 'GET') {
    const headers: HeaderList = origin === null ? [] : [['Origin', origin]];
    return { method, url, headers, body: null };
  },

  names: (headers: HeaderList) => headers.map(([name]) => name),
};
