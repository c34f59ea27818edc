import { describe, expect, it } from 'vitest';
import { policyParse } from '../policy/policyParse.ts';
import { simulateFetchSync } from '../browser/simulateFetch.ts';
import { labServer } from './labServer.ts';

const parsed = policyParse({ origin: { mode: 'reflect' }, allowMethods: { mode: 'reflect' } });
if (!parsed.ok) throw new Error('bad policy');
const policy = parsed.policy;

describe('labServer', () => {
  it('answers like the real API: policy engine in front of the lab routes', () => {
    const response = labServer(policy)({
      method: 'GET',
      url: 'http://localhost:4000/data',
      headers: [['Origin', 'http://a.test']],
      body: null,
    });
    expect(response.status).toBe(200);
    expect(response.headers).toContainEqual(['Access-Control-Allow-Origin', 'http://a.test']);
  });

  it("models Node's parser: a lower-case custom method gets a bare 400, so the browser blocks it", () => {
    const trace = simulateFetchSync(
      { pageOrigin: 'http://localhost:5173', url: 'http://localhost:4000/echo', method: 'patch' },
      labServer(policy),
      { browser: 'chromium' },
    );
    expect(trace.preflight.sent).toBe(true);
    expect(trace.exchanges.map((e) => [e.request.method, e.response.status])).toEqual([
      ['OPTIONS', 204],
      ['patch', 400],
    ]);
    expect(trace.ok).toBe(false);
  });
});
