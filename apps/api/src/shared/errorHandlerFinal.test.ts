import type { Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorHandlerFinal } from './errorHandlerFinal.ts';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  vi.restoreAllMocks();
});

describe('errorHandlerFinal', () => {
  it('answers client errors with their status and anything else 500, never with a stack', async () => {
    const app = express();
    app.get('/bug', () => {
      throw new Error('secret at /srv/app/src/x.ts:1');
    });
    app.get('/bad', (_req, _res, next) =>
      next(Object.assign(new Error('URIError in /srv/x.ts'), { status: 400 })),
    );
    app.use(errorHandlerFinal('Test'));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server?.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bug = await fetch(`${base}/bug`);
    expect([bug.status, await bug.text()]).toEqual([500, 'Internal error']);
    expect(logged).toHaveBeenCalledOnce();
    const bad = await fetch(`${base}/bad`);
    expect([bad.status, await bad.text()]).toEqual([400, 'Bad Request']);
  });
});
