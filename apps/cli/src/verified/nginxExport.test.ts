import { nginxExport } from '@cors-playground/production';
import { nginxServerMissing, nginxServerStart, nginxServerVersion } from './nginxServer.testkit.ts';
import { verifiedExportSuite, verifiedExportSuiteEach } from './verifiedExportSuite.testkit.ts';

/**
 * The nginx export, proven on a real nginx: each policy's generated maps and locations run in front
 * of a stub app, and the whole request matrix must match the engine wherever the export claims
 * equivalence, while every difference it claims must really show.
 */
const version = nginxServerVersion();
const missing = nginxServerMissing('nginx live equivalence');

verifiedExportSuite({
  title: `nginx ${version ?? `(skipped: ${missing})`}`,
  missing,
  exporter: nginxExport,
  start: verifiedExportSuiteEach(nginxServerStart),
  startTimeout: 30_000,
});
