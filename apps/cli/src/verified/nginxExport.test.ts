import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxExport } from '@cors-playground/production';
import { nginxServerMissing, nginxServerStart, nginxServerVersion } from './nginxServer.testkit.ts';
import type { NginxServer } from './nginxServer.testkit.ts';
import { verifiedPolicies, verifiedProbes } from './verifiedExport.testkit.ts';
import { verifiedRun } from './verifiedRun.testkit.ts';

/**
 * The nginx export, proven on a real nginx: each policy's generated maps and locations run in front
 * of a stub app, and the whole request matrix must match the engine wherever the export claims
 * equivalence, while every difference it claims must really show.
 */
const version = nginxServerVersion();
const missing = nginxServerMissing('nginx live equivalence');

describe.skipIf(missing !== null)(`verified export: nginx ${version ?? `(skipped: ${missing})`}`, () => {
  const servers = new Map<string, NginxServer>();
  beforeAll(async () => {
    const started = await Promise.all(
      Object.entries(verifiedPolicies).map(
        async ([name, p]) => [name, await nginxServerStart(nginxExport(p).code)] as const,
      ),
    );
    for (const [name, server] of started) servers.set(name, server);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([...servers.values()].map((server) => server.close()));
  });

  it.each(Object.entries(verifiedPolicies))(
    `%s: ${verifiedProbes.length} requests match the engine where claimed, and every claimed difference shows`,
    async (name, p) => {
      const exported = nginxExport(p);
      const { problems, observed } = await verifiedRun(p, exported, servers.get(name)!.port);
      expect(problems).toEqual([]);
      expect(exported.differingAspects.filter((aspect) => !observed.has(aspect))).toEqual([]);
    },
  );
});
