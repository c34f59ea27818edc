import { djangoExport } from '@cors-playground/production';
import { djangoServersPackages, djangoServersPython, djangoServersStart } from './djangoServers.testkit.ts';
import { verifiedExportSuite } from './verifiedExportSuite.testkit.ts';

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

verifiedExportSuite({
  title: `django-cors-headers ${python ? `${python.corsHeaders} on Django ${python.django}` : `(skipped: ${missing})`}`,
  missing,
  exporter: djangoExport,
  start: (settings) => djangoServersStart(python!.python, settings),
  startTimeout: 60_000,
});
