import { koaExport } from '@cors-playground/production';
import { koaServerStart } from './koaServer.testkit.ts';
import { verifiedExportSuite, verifiedExportSuiteEach } from './verifiedExportSuite.testkit.ts';

/**
 * The Koa export, proven on the real @koa/cors: each policy's generated code runs as written on a Koa
 * app in front of the stub routes, against the whole request matrix.
 */
verifiedExportSuite({
  title: 'Koa + @koa/cors',
  exporter: koaExport,
  start: verifiedExportSuiteEach(koaServerStart),
});
