import { afterAll, beforeAll, describe, it } from 'vitest';
import { honoExport } from '@cors-playground/production';
import { honoServerStart, type HonoServer } from './honoServer.testkit.ts';
import { verifiedCheck } from './verifiedCheck.testkit.ts';
import { verifiedPolicies, verifiedProbes } from './verifiedExport.testkit.ts';

/**
 * The Hono export, proven on the real hono/cors: each policy's generated code runs as written on a Hono
 * app (served by @hono/node-server) in front of the stub routes, against the whole request matrix.
 */
describe('verified export: Hono + hono/cors', () => {
  const servers = new Map<string, HonoServer>();
  beforeAll(async () => {
    const started = await Promise.all(
      Object.entries(verifiedPolicies).map(
        async ([name, p]) => [name, await honoServerStart(honoExport(p).code)] as const,
      ),
    );
    for (const [name, server] of started) servers.set(name, server);
  });
  afterAll(() => Promise.all([...servers.values()].map((server) => server.close())));

  it.each(Object.entries(verifiedPolicies))(
    `%s: ${verifiedProbes.length} requests match the engine where claimed, and every claimed difference shows`,
    (name, p) => verifiedCheck(p, honoExport(p), servers.get(name)!.port),
  );
});
