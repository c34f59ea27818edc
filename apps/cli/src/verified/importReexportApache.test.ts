import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apacheExport } from '@cors-playground/production';
import { apacheServerPackage, apacheServerStart, apacheServerVersion } from './apacheServer.testkit.ts';
import type { ApacheServer } from './apacheServer.testkit.ts';
import { importLiveDifferences, importLivePolicy } from './importLive.testkit.ts';
import { verifiedProbes } from './verifiedExport.testkit.ts';

/**
 * Apache import, proven on a real httpd: `SetEnvIf` / `<If>` / `Header` lines as developers write them
 * run in front of the stub app, the export of their import runs beside them, and both must answer the
 * whole request matrix alike (what a browser reads of it).
 */
const configs: Record<string, string> = {
  'SetEnvIf origins holding the Origin, credentials, listed headers': `SetEnvIf Origin "^https://(app|www)\\.example\\.com$" ORIGIN_OK=$0
SetEnvIfNoCase Origin "^null$" ORIGIN_OK=$0
Header always set Access-Control-Allow-Origin "%{ORIGIN_OK}e" env=ORIGIN_OK
Header always set Access-Control-Allow-Credentials "true" env=ORIGIN_OK
Header always set Access-Control-Allow-Methods "GET,PUT" env=ORIGIN_OK
Header always set Access-Control-Allow-Headers "content-type,x-custom" env=ORIGIN_OK
Header always set Access-Control-Expose-Headers "x-request-id" env=ORIGIN_OK
Header always merge Vary Origin
`,
  '<If> on the Origin, success responses only': `SetEnvIf Origin "^(.+)$" ORIGIN=$1
<If "%{HTTP:Origin} == 'https://app.example.com' || %{HTTP:Origin} =~ m#^https://[a-z]+\\.b\\.example\\.com$#">
    Header set Access-Control-Allow-Origin "%{ORIGIN}e"
    Header set Access-Control-Max-Age "600"
</If>
Header merge Vary Origin
`,
};

const version = apacheServerVersion();
if (!version) console.warn(`SKIPPED Apache import live: install the Debian package ${apacheServerPackage}`);

describe.skipIf(!version)(
  `import, live: Apache httpd ${version ?? `(skipped: install ${apacheServerPackage})`}`,
  () => {
    const servers = new Map<string, ApacheServer>();
    beforeAll(async () => {
      const started = await Promise.all(
        Object.entries(configs).flatMap(([title, text]) => [
          apacheServerStart(text).then((server) => servers.set(`${title} (original)`, server)),
          apacheServerStart(apacheExport(importLivePolicy('apache', text)).code).then((server) =>
            servers.set(`${title} (re-exported)`, server),
          ),
        ]),
      );
      expect(started).toHaveLength(Object.keys(configs).length * 2);
    }, 30_000);
    afterAll(() => Promise.all([...servers.values()].map((server) => server.close())));

    it.each(Object.keys(configs))(
      `%s: the import's export answers ${verifiedProbes.length} requests like the original`,
      async (title) => {
        const differences = await importLiveDifferences(
          servers.get(`${title} (original)`)!.port,
          servers.get(`${title} (re-exported)`)!.port,
        );
        expect(differences).toEqual([]);
      },
    );
  },
);
