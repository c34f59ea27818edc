import { caddyExport } from '@cors-playground/production';
import { caddyServerPackage, caddyServerStart, caddyServerVersion } from './caddyServer.testkit.ts';
import { verifiedExportSuite, verifiedExportSuiteEach } from './verifiedExportSuite.testkit.ts';

/**
 * The Caddy export, proven on a real Caddy: each policy's generated matchers, header and respond
 * lines run in front of a stub app, against the whole request matrix.
 */
const version = caddyServerVersion();
const missing = version
  ? null
  : `no caddy on PATH: install the Debian package ${caddyServerPackage} (npm test does so with apt-get)`;
if (missing) console.warn(`SKIPPED Caddy live equivalence: ${missing}`);

verifiedExportSuite({
  title: `Caddy ${version ?? `(skipped: ${missing})`}`,
  missing,
  exporter: caddyExport,
  start: verifiedExportSuiteEach(caddyServerStart),
  startTimeout: 30_000,
});
