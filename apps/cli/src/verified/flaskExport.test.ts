import { flaskExport } from '@cors-playground/production';
import { flaskServerPackages, flaskServerPython, flaskServerStart } from './flaskServer.testkit.ts';
import { verifiedExportSuite } from './verifiedExportSuite.testkit.ts';

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

verifiedExportSuite({
  title: `Flask-CORS ${python ? `${python.flaskCors} on Flask ${python.flask}` : `(skipped: ${missing})`}`,
  missing,
  exporter: flaskExport,
  start: (configs) => flaskServerStart(python!.python, configs),
  startTimeout: 30_000,
});
