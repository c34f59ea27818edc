import type { Policy } from '@cors-playground/engine';
import { apacheExport } from './apacheExport.ts';
import { aspnetExport } from './aspnetExport.ts';
import { caddyExport } from './caddyExport.ts';
import { djangoExport } from './djangoExport.ts';
import { expressExport } from './expressExport.ts';
import { fastapiExport } from './fastapiExport.ts';
import { fastifyExport } from './fastifyExport.ts';
import { flaskExport } from './flaskExport.ts';
import { honoExport } from './honoExport.ts';
import { koaExport } from './koaExport.ts';
import { nelmioExport } from './nelmioExport.ts';
import { nginxExport } from './nginxExport.ts';
import type { ExportTarget, PolicyExport, PolicyExporter } from './policyExport.ts';
import { springExport } from './springExport.ts';

/** Every exporter by target. */
export const policyExporters: Record<ExportTarget, PolicyExporter> = {
  express: expressExport,
  fastify: fastifyExport,
  koa: koaExport,
  hono: honoExport,
  django: djangoExport,
  flask: flaskExport,
  fastapi: fastapiExport,
  nelmio: nelmioExport,
  nginx: nginxExport,
  apache: apacheExport,
  caddy: caddyExport,
  spring: springExport,
  aspnet: aspnetExport,
};

/** Exports a (parsed) policy to one target. */
export function policyExportersRun(policy: Policy, target: ExportTarget): PolicyExport {
  return policyExporters[target](policy);
}
