import { afterAll, beforeAll, describe, it } from 'vitest';
import { apacheExport } from '@cors-playground/production';
import { apacheServerPackage, apacheServerStart, apacheServerVersion } from './apacheServer.testkit.ts';
import type { ApacheServer } from './apacheServer.testkit.ts';
import { verifiedCheck } from './verifiedCheck.testkit.ts';
import { verifiedPolicies, verifiedProbes } from './verifiedExport.testkit.ts';

/**
 * The Apache httpd export, proven on a real httpd: each policy's generated SetEnvIf / Header / Rewrite
 * lines run in front of a stub app, against the whole request matrix.
 */
const version = apacheServerVersion();
const missing = version
  ? null
  : `no /usr/sbin/apache2: install the Debian package ${apacheServerPackage} (npm test does so with apt-get)`;
if (missing) console.warn(`SKIPPED Apache httpd live equivalence: ${missing}`);

describe.skipIf(missing !== null)(
  `verified export: Apache httpd ${version ?? `(skipped: ${missing})`}`,
  () => {
    const servers = new Map<string, ApacheServer>();
    beforeAll(async () => {
      const started = await Promise.all(
        Object.entries(verifiedPolicies).map(
          async ([name, p]) => [name, await apacheServerStart(apacheExport(p).code)] as const,
        ),
      );
      for (const [name, server] of started) servers.set(name, server);
    }, 30_000);
    afterAll(() => Promise.all([...servers.values()].map((server) => server.close())));

    it.each(Object.entries(verifiedPolicies))(
      `%s: ${verifiedProbes.length} requests match the engine where claimed, and every claimed difference shows`,
      (name, p) => verifiedCheck(p, apacheExport(p), servers.get(name)!.port),
    );
  },
);
