import type { Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { controlRouter } from './controlRouter.ts';
import { EventStreams } from './eventStreams.ts';
import { playgroundLimitsDefault } from '../shared/playgroundLimits.ts';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import { playgroundTesting } from '../start/playgroundTesting.testkit.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  vi.restoreAllMocks();
});

const put = (url: string, body: string, type = 'application/json') =>
  fetch(url, { method: 'PUT', headers: { 'content-type': type }, body });

describe('abuse: control-plane errors', () => {
  it('answers malformed JSON 400 with the field path, and too large a policy 413', async () => {
    const { config } = await playgroundTesting({ controlBodyBytes: 1024 });
    const malformed = await put(`${config.appOrigin}/control/policy`, '{"origin":');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: 'Invalid JSON', errors: [{ path: '' }] });
    const large = await put(`${config.appOrigin}/control/policy`, JSON.stringify({ x: 'y'.repeat(2000) }));
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({
      error: 'Policy too large',
      errors: [{ path: '', message: 'must be at most 1024 bytes' }],
    });
    const invalid = await put(`${config.appOrigin}/control/policy`, '{"origin":{"mode":"nope"}}');
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ errors: [{ path: 'origin.mode' }] });
  });

  it('answers a server bug 500 with a generic message, the details only in the server log', async () => {
    const broken = {
      sandboxEnsure: () => {
        throw new Error('secret detail at /srv/app/src/x.ts:1');
      },
    } as unknown as SandboxStore;
    const app = express();
    const limits = playgroundLimitsDefault;
    const guard = { allowedHosts: [] as string[], allowedOrigins: [] };
    const streams = new EventStreams(limits);
    app.use('/control', controlRouter({ store: broken, guard, config: {} as never, limits, streams }));
    const server = app.listen(0, '127.0.0.1');
    servers.push(server);
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    guard.allowedHosts.push(`127.0.0.1:${port}`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await fetch(`http://127.0.0.1:${port}/control/policy`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toContain('Internal error');
    expect(text).not.toContain('secret');
    expect(logged).toHaveBeenCalled();
  });
});
