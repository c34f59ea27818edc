import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { djangoExport } from '@cors-playground/production';
import { djangoServersPackages, djangoServersPython, djangoServersStart } from './djangoServers.testkit.ts';
import type { DjangoServers } from './djangoServers.testkit.ts';
import { verifiedPolicies, verifiedProbes } from './verifiedExport.testkit.ts';
import { verifiedRun } from './verifiedRun.testkit.ts';

/**
 * The django-cors-headers export, proven on the real middleware: each policy's generated settings run
 * in a minimal Django project, and the whole request matrix must match the engine wherever the export
 * claims equivalence, while every difference it claims must really show.
 */
const python = djangoServersPython();
const missing = python
  ? null
  : `no python3 can import django and corsheaders: install the Debian packages ${djangoServersPackages} (npm test does so with apt-get)`;
if (missing) console.warn(`SKIPPED django-cors-headers live equivalence: ${missing}`);

describe.skipIf(missing !== null)(
  `verified export: django-cors-headers ${python ? `${python.corsHeaders} on Django ${python.django}` : `(skipped: ${missing})`}`,
  () => {
    let servers: DjangoServers;
    beforeAll(async () => {
      const settings = Object.entries(verifiedPolicies).map(([name, p]) => [name, djangoExport(p).code]);
      servers = await djangoServersStart(python!.python, Object.fromEntries(settings));
    }, 60_000);
    afterAll(() => servers?.close());

    it.each(Object.entries(verifiedPolicies))(
      `%s: ${verifiedProbes.length} requests match the engine where claimed, and every claimed difference shows`,
      async (name, p) => {
        const exported = djangoExport(p);
        const { problems, observed } = await verifiedRun(p, exported, servers.ports.get(name)!);
        expect(problems).toEqual([]);
        expect(exported.differingAspects.filter((aspect) => !observed.has(aspect))).toEqual([]);
      },
    );
  },
);
