import { apacheExport } from '@cors-playground/production';
import { apacheServerPackage, apacheServerStart, apacheServerVersion } from './apacheServer.testkit.ts';
import { verifiedExportSuite, verifiedExportSuiteEach } from './verifiedExportSuite.testkit.ts';

/**
 * The Apache httpd export, proven on a real httpd: each policy's generated SetEnvIf / Header / Rewrite
 * lines run in front of a stub app, against the whole request matrix.
 */
const version = apacheServerVersion();
const missing = version
  ? null
  : `no /usr/sbin/apache2: install the Debian package ${apacheServerPackage} (npm test does so with apt-get)`;
if (missing) console.warn(`SKIPPED Apache httpd live equivalence: ${missing}`);

verifiedExportSuite({
  title: `Apache httpd ${version ?? `(skipped: ${missing})`}`,
  missing,
  exporter: apacheExport,
  start: verifiedExportSuiteEach(apacheServerStart),
  startTimeout: 30_000,
});
