import { describe, expect, it } from 'vitest';
import { scenarioRoute, scenarioRouteKey, scenarioUnroute } from './scenarioRoute.ts';
import type { Scenario } from './scenarioTypes.ts';

const scenario: Scenario = {
  id: 'r',
  note: 'routing',
  request: { pageOrigin: 'http://localhost:17001', url: 'http://localhost:17002/start?q=1', method: 'PUT' },
  next: [{ pageOrigin: 'http://localhost:17001', url: 'http://a.localhost:17003/x' }],
  responses: {
    'PUT http://localhost:17002/start?q=1': {
      status: 302,
      headers: [
        ['Location', 'http://localhost:17003/final'],
        ['x-other', 'http://localhost:17003/final'],
      ],
    },
    'GET http://localhost:17003/final': { status: 302, headers: [['location', '/relative']] },
    'GET http://localhost:17003/relative': { status: 302, headers: [['location', 'data:text/plain,hi']] },
    'patch http://localhost:17002': { status: 200, headers: [] },
  },
};

describe('scenarioRoute', () => {
  const routed = scenarioRoute(scenario, 'tok1');

  it('moves every request URL under the token prefix, keeping the page origin', () => {
    expect(routed.request.url).toBe('http://localhost:17002/__t/tok1/start?q=1');
    expect(routed.request.pageOrigin).toBe('http://localhost:17001');
    expect(routed.next?.[0]?.url).toBe('http://a.localhost:17003/__t/tok1/x');
  });

  it('routes response keys with the method kept exactly as written', () => {
    expect(Object.keys(routed.responses)).toEqual([
      'PUT http://localhost:17002/__t/tok1/start?q=1',
      'GET http://localhost:17003/__t/tok1/final',
      'GET http://localhost:17003/__t/tok1/relative',
      'patch http://localhost:17002/__t/tok1/',
    ]);
  });

  it('routes absolute and path-relative Location values only', () => {
    const values = Object.values(routed.responses).map((r) => r.headers);
    expect(values[0]).toEqual([
      ['Location', 'http://localhost:17003/__t/tok1/final'],
      ['x-other', 'http://localhost:17003/final'],
    ]);
    expect(values[1]).toEqual([['location', '/__t/tok1/relative']]);
    expect(values[2]).toEqual([['location', 'data:text/plain,hi']]);
  });

  it('un-routes anything that mentions the prefix', () => {
    const message = `Access to fetch at '${routed.request.url}' from origin 'http://localhost:17001'`;
    expect(scenarioUnroute({ message, list: [routed.request.url] }, 'tok1')).toEqual({
      message: "Access to fetch at 'http://localhost:17002/start?q=1' from origin 'http://localhost:17001'",
      list: ['http://localhost:17002/start?q=1'],
    });
  });

  it('normalizes keys the way the server builds URLs', () => {
    expect(scenarioRouteKey('OPTIONS http://LOCALHOST:17002')).toEqual({
      method: 'OPTIONS',
      url: 'http://localhost:17002/',
    });
  });
});
