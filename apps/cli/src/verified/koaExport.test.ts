import { afterAll, beforeAll, describe, it } from 'vitest';
import { koaExport } from '@cors-playground/production';
import { koaServerStart, type KoaServer } from './koaServer.testkit.ts';
import { verifiedCheck } from './verifiedCheck.testkit.ts';
import { verifiedPolicies, verifiedProbes } from './verifiedExport.testkit.ts';

/**
 * The Koa export, proven on the real @koa/cors: each policy's generated code runs as written on a Koa
 * app in front of the stub routes, against the whole request matrix.
 */
describe('verified export: Koa + @koa/cors', () => {
  const servers = new Map<string, KoaServer>();
  beforeAll(async () => {
    const started = await Promise.all(
      Object.entries(verifiedPolicies).map(
        async ([name, p]) => [name, await koaServerStart(koaExport(p).code)] as const,
      ),
    );
    for (const [name, server] of started) servers.set(name, server);
  });
  afterAll(() => Promise.all([...servers.values()].map((server) => server.close())));

  it.each(Object.entries(verifiedPolicies))(
    `%s: ${verifiedProbes.length} requests match the engine where claimed, and every claimed difference shows`,
    (name, p) => verifiedCheck(p, koaExport(p), servers.get(name)!.port),
  );
});
