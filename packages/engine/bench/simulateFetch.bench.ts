import { Bench } from 'tinybench';
import { serverFromScript } from '../src/browser/serverFromScript.ts';
import { simulateFetchSync } from '../src/browser/simulateFetch.ts';
import type { FetchRequest } from '../src/browser/fetchTypes.ts';
import { policyParse } from '../src/policy/policyParse.ts';
import { serverFromPolicy } from '../src/server/serverFromPolicy.ts';

/**
 * Simulations per second for a preflighted PUT with credentials (preflight + actual request), sync
 * driver, fresh preflight cache each time (no cache hit). Target: >= 100,000/s on one core.
 */
const request: FetchRequest = {
  pageOrigin: 'http://localhost:5173',
  url: 'http://localhost:4000/echo',
  method: 'PUT',
  headers: [
    ['content-type', 'application/json'],
    ['x-custom', '1'],
  ],
  credentials: 'include',
  mode: 'cors',
  redirect: 'follow',
  body: '{"a":1}',
};

const parsed = policyParse({
  origin: { mode: 'list', allow: ['http://localhost:5173'] },
  credentials: true,
  allowMethods: { mode: 'list', values: ['GET', 'PUT'] },
  allowHeaders: { mode: 'reflect' },
  exposeHeaders: ['x-request-id'],
});
if (!parsed.ok) throw new Error(`bench policy invalid: ${JSON.stringify(parsed)}`);
const policyServer = serverFromPolicy(parsed.policy, () => ({
  status: 200,
  headers: [
    ['content-type', 'application/json'],
    ['x-request-id', 'r1'],
  ],
  body: '{}',
}));

const scriptServer = serverFromScript({
  'OPTIONS http://localhost:4000/echo': {
    status: 204,
    headers: [
      ['access-control-allow-origin', 'http://localhost:5173'],
      ['access-control-allow-credentials', 'true'],
      ['access-control-allow-methods', 'GET,PUT'],
      ['access-control-allow-headers', 'content-type,x-custom'],
    ],
  },
  'PUT http://localhost:4000/echo': {
    status: 200,
    headers: [
      ['access-control-allow-origin', 'http://localhost:5173'],
      ['access-control-allow-credentials', 'true'],
      ['content-type', 'application/json'],
    ],
  },
});

for (const [name, server] of [
  ['policy', policyServer],
  ['script', scriptServer],
] as const) {
  const trace = simulateFetchSync(request, server, { browser: 'chromium' });
  if (!trace.ok || !trace.preflight.sent || trace.exchanges.length !== 2) {
    throw new Error(
      `bench scenario (${name} server) must be an allowed preflighted fetch: ${JSON.stringify(trace.steps)}`,
    );
  }
}

// The engine's tsconfig carries no Node or DOM types (packages stay pure), so type the console here.
const out = (globalThis as unknown as { console: { log(line: string): void; table(data: unknown): void } })
  .console;

const bench = new Bench({ time: 2000, warmup: true });
bench
  .add('preflighted PUT with credentials, Chromium, serverFromPolicy', () => {
    simulateFetchSync(request, policyServer, { browser: 'chromium' });
  })
  .add('preflighted PUT with credentials, Firefox, serverFromPolicy', () => {
    simulateFetchSync(request, policyServer, { browser: 'firefox' });
  })
  .add('preflighted PUT with credentials, Chromium, serverFromScript', () => {
    simulateFetchSync(request, scriptServer, { browser: 'chromium' });
  });

await bench.run();
out.table(bench.table());
for (const task of bench.tasks) {
  const hz = task.result && 'throughput' in task.result ? task.result.throughput.mean : 0;
  out.log(`${task.name}: ${Math.round(hz).toLocaleString('en-US')} simulations/s (target >= 100,000/s)`);
}
