import { afterAll, beforeAll, describe, it } from 'vitest';
import { flaskExport } from '@cors-playground/production';
import { flaskServerPackages, flaskServerPython, flaskServerStart } from './flaskServer.testkit.ts';
import type { PythonServers } from './pythonServers.testkit.ts';
import { verifiedCheck } from './verifiedCheck.testkit.ts';
import { verifiedPolicies, verifiedProbes } from './verifiedExport.testkit.ts';

/**
 * The Flask-CORS export, proven on the real extension: each policy's generated `CORS(app, …)` runs on a
 * stub Flask app, and the whole request matrix must match the engine wherever the export claims
 * equivalence, while every difference it claims must really show.
 */
const python = flaskServerPython();
const missing = python
  ? null
  : `no python3 can import flask and flask_cors: install the Debian package ${flaskServerPackages} (npm test does so with apt-get)`;
if (missing) console.warn(`SKIPPED Flask-CORS live equivalence: ${missing}`);

describe.skipIf(missing !== null)(
  `verified export: Flask-CORS ${python ? `${python.flaskCors} on Flask ${python.flask}` : `(skipped: ${missing})`}`,
  () => {
    let servers: PythonServers;
    beforeAll(async () => {
      const configs = Object.entries(verifiedPolicies).map(([name, p]) => [name, flaskExport(p).code]);
      servers = await flaskServerStart(python!.python, Object.fromEntries(configs));
    }, 30_000);
    afterAll(() => servers?.close());

    it.each(Object.entries(verifiedPolicies))(
      `%s: ${verifiedProbes.length} requests match the engine where claimed, and every claimed difference shows`,
      (name, p) => verifiedCheck(p, flaskExport(p), servers.ports.get(name)!),
    );
  },
);
