import { honoExport } from '@cors-playground/production';
import { honoServerStart } from './honoServer.testkit.ts';
import { verifiedExportSuite, verifiedExportSuiteEach } from './verifiedExportSuite.testkit.ts';

/**
 * The Hono export, proven on the real hono/cors: each policy's generated code runs as written on a Hono
 * app (served by @hono/node-server) in front of the stub routes, against the whole request matrix.
 */
verifiedExportSuite({
  title: 'Hono + hono/cors',
  exporter: honoExport,
  start: verifiedExportSuiteEach(honoServerStart),
});
