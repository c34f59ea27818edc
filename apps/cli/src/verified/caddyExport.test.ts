import { afterAll, beforeAll, describe, it } from 'vitest';
import { caddyExport } from '@cors-playground/production';
import { caddyServerPackage, caddyServerStart, caddyServerVersion } from './caddyServer.testkit.ts';
import type { CaddyServer } from './caddyServer.testkit.ts';
import { verifiedCheck } from './verifiedCheck.testkit.ts';
import { verifiedPolicies, verifiedProbes } from './verifiedExport.testkit.ts';

/**
 * The Caddy export, proven on a real Caddy: each policy's generated matchers, header and respond
 * lines run in front of a stub app, against the whole request matrix.
 */
const version = caddyServerVersion();
const missing = version
  ? null
  : `no caddy on PATH: install the Debian package ${caddyServerPackage} (npm test does so with apt-get)`;
if (missing) console.warn(`SKIPPED Caddy live equivalence: ${missing}`);

describe.skipIf(missing !== null)(`verified export: Caddy ${version ?? `(skipped: ${missing})`}`, () => {
  const servers = new Map<string, CaddyServer>();
  beforeAll(async () => {
    const started = await Promise.all(
      Object.entries(verifiedPolicies).map(
        async ([name, p]) => [name, await caddyServerStart(caddyExport(p).code)] as const,
      ),
    );
    for (const [name, server] of started) servers.set(name, server);
  }, 30_000);
  afterAll(() => Promise.all([...servers.values()].map((server) => server.close())));

  it.each(Object.entries(verifiedPolicies))(
    `%s: ${verifiedProbes.length} requests match the engine where claimed, and every claimed difference shows`,
    (name, p) => verifiedCheck(p, caddyExport(p), servers.get(name)!.port),
  );
});
