import type { ExportTarget } from '@cors-playground/production';

export interface ExportTargetInfo {
  /** The picker's label: framework and the piece of it the code configures. */
  label: string;
  /** The framework's name in sentences ("What will differ in …"). */
  framework: string;
  /** Where the code goes. */
  where: string;
}

/** How each export target is presented, in the picker's order. */
export const exportTargetInfo: Record<ExportTarget, ExportTargetInfo> = {
  express: { label: 'Express (cors)', framework: 'Express cors', where: 'your Express app, e.g. app.js' },
  fastify: {
    label: 'Fastify (@fastify/cors)',
    framework: '@fastify/cors',
    where: 'your Fastify server, e.g. server.js',
  },
  koa: { label: 'Koa (@koa/cors)', framework: '@koa/cors', where: 'your Koa app, e.g. app.js' },
  hono: { label: 'Hono (hono/cors)', framework: 'hono/cors', where: 'your Hono app, e.g. index.ts' },
  django: {
    label: 'Django (django-cors-headers)',
    framework: 'django-cors-headers',
    where: 'settings.py',
  },
  flask: { label: 'Flask (Flask-CORS)', framework: 'Flask-CORS', where: 'where you create your Flask app' },
  fastapi: {
    label: 'FastAPI (CORSMiddleware)',
    framework: "Starlette's CORSMiddleware",
    where: 'where you create your FastAPI app',
  },
  nelmio: {
    label: 'Symfony (nelmio_cors.yaml)',
    framework: 'NelmioCorsBundle',
    where: 'config/packages/nelmio_cors.yaml',
  },
  nginx: { label: 'nginx', framework: 'nginx', where: 'the server block of your nginx configuration' },
  apache: {
    label: 'Apache httpd (mod_headers)',
    framework: 'Apache httpd',
    where: 'the server or <VirtualHost> configuration',
  },
  caddy: { label: 'Caddy (header)', framework: 'Caddy', where: 'your site block in the Caddyfile' },
  spring: {
    label: 'Spring Boot (CorsConfigurationSource)',
    framework: 'Spring Boot',
    where: 'a @Configuration class',
  },
  aspnet: { label: 'ASP.NET Core (AddCors)', framework: 'ASP.NET Core', where: 'Program.cs' },
};
