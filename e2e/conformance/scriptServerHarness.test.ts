import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptServerStart } from './scriptServer.ts';
import type { ScriptServer } from './scriptServer.ts';
import type { HarnessRun } from './scriptServerHarness.ts';

let server: ScriptServer;
let base: string;

beforeAll(async () => {
  server = await scriptServerStart({ ports: [0], hosts: ['127.0.0.1'] });
  base = `http://127.0.0.1:${server.ports[0]}`;
});

afterAll(async () => {
  await server.close();
});

describe('scriptServer harness', () => {
  it('serves the page and the jobs of a run, and records each posted result with its log length', async () => {
    const job = { token: 'h1', pageOrigin: base, fetches: [{ url: `${base}/__t/h1/x`, init: {} }] };
    await fetch(`${base}/__control/scenario/h1`, { method: 'PUT', body: '{}' });
    await fetch(`${base}/__control/harness/r1`, { method: 'PUT', body: JSON.stringify([job]) });
    const page = await (await fetch(`${base}/__harness/r1?i=0`)).text();
    expect(page).toContain('const RUN = "r1";');
    expect(await (await fetch(`${base}/__harness/r1/job/0`)).json()).toEqual(job);
    expect(await (await fetch(`${base}/__harness/r1/job/1`)).json()).toBeNull();

    await fetch(`${base}/__t/h1/x`);
    const result = { ok: false, error: 'TypeError: Load failed', response: null };
    await fetch(`${base}/__harness/r1/result`, {
      method: 'POST',
      body: JSON.stringify({ job: 0, fetch: 0, result }),
    });
    await fetch(`${base}/__harness/r1/done`, { method: 'POST', body: '{}' });
    const run = (await (
      await fetch(`${base}/__control/harness/r1`, { method: 'DELETE' })
    ).json()) as HarnessRun;
    expect(run.done).toBe(true);
    expect(run.results).toEqual([{ job: 0, fetch: 0, result, logLength: 1 }]);
    expect((await fetch(`${base}/__harness/r1`)).status).toBe(404);
  });
});
