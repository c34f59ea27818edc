import http from 'node:http';
import type { AddressInfo } from 'node:net';
import cors from 'cors';
import express from 'express';
import fastifyCors from '@fastify/cors';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  corsHeadersFinal,
  corsRespond,
  policyParse,
  type HeaderList,
  type Policy,
  type PolicyInput,
} from '@cors-playground/engine';
import {
  expressCorsArgument,
  expressExport,
  fastifyCorsRegistration,
  fastifyExport,
  type ExportAspect,
  type PolicyExport,
} from '@cors-playground/production';

/**
 * Verified exports: the real `cors` and `@fastify/cors` middlewares run with the generated options, and
 * their CORS headers must equal the engine's for every aspect the export does not list as different.
 */

function policy(input: PolicyInput): Policy {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

const policies: Record<string, Policy> = {
  'exact + wildcard + regex, credentials': policy({
    origin: {
      mode: 'list',
      allow: [
        'https://app.example.com',
        'https://*.example.com',
        { regex: 'localhost:\\d+$', anchor: 'start', ignoreCase: true },
      ],
    },
    credentials: true,
    allowHeaders: { mode: 'list', values: ['content-type', 'x-custom'] },
    exposeHeaders: ['x-request-id'],
    maxAge: 600,
  }),
  'unanchored regex (the Express pitfall)': policy({
    origin: { mode: 'list', allow: [{ regex: 'app\\.example\\.com' }, 'null'] },
    allowMethods: { mode: 'list', values: ['GET', 'PUT'] },
  }),
  'reflect + credentials, reflected headers': policy({
    origin: { mode: 'reflect' },
    credentials: true,
    maxAge: 0,
  }),
  'any origin, preflight 200': policy({
    origin: { mode: 'any' },
    allowMethods: { mode: 'list', values: ['*'] },
    allowHeaders: { mode: 'list', values: ['*'] },
    exposeHeaders: ['*'],
    preflight: { status: 200, continue: false },
  }),
  'per-path rules': policy({
    origin: { mode: 'list', allow: ['https://app.example.com'] },
    credentials: true,
    allowHeaders: { mode: 'list', values: ['x-custom'] },
    paths: [
      { path: '^/public/', override: { origin: { mode: 'any' }, credentials: false } },
      { path: '^/off/', override: { enabled: false } },
    ],
  }),
  'cors disabled': policy({ enabled: false }),
};

const origins = [
  'https://app.example.com',
  'https://a.b.example.com',
  'http://LOCALHOST:5173',
  'https://app.example.com.evil.test',
  'https://evil.test',
  'null',
  null,
];
const paths = ['/x', '/public/x', '/off/x', '/error'];

interface Probe {
  method: string;
  path: string;
  headers: Record<string, string>;
}

const probes: Probe[] = origins.flatMap((origin) =>
  paths.flatMap((path) => {
    const o: Record<string, string> = origin === null ? {} : { origin };
    const list: Probe[] = [
      { method: 'GET', path, headers: o },
      { method: 'POST', path, headers: { ...o, 'content-type': 'text/plain', cookie: 'session=1' } },
    ];
    if (origin !== null && path !== '/error') {
      list.push(
        {
          method: 'OPTIONS',
          path,
          headers: {
            ...o,
            'access-control-request-method': 'PUT',
            'access-control-request-headers': 'content-type,x-custom',
          },
        },
        { method: 'OPTIONS', path, headers: { ...o, 'access-control-request-method': 'DELETE' } },
      );
    }
    return list;
  }),
);

const aspectOf: Record<string, ExportAspect> = {
  'access-control-allow-origin': 'origin',
  'access-control-allow-credentials': 'credentials',
  'access-control-allow-methods': 'methods',
  'access-control-allow-headers': 'allowHeaders',
  'access-control-expose-headers': 'exposeHeaders',
  'access-control-max-age': 'maxAge',
  vary: 'vary',
};

/** CORS headers as comparable values: lower-case names, list values split and trimmed. */
function corsHeaders(headers: HeaderList): Map<string, string> {
  const out = new Map<string, string>();
  for (const [rawName, value] of headers) {
    const name = rawName.toLowerCase();
    if (!(name in aspectOf)) continue;
    const parts = value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const normal = name === 'vary' ? parts.map((p) => p.toLowerCase()).sort() : parts;
    out.set(name, [...(out.has(name) ? [out.get(name)] : []), ...normal].join(','));
  }
  return out;
}

/** What the engine answers for a probe, behind the same route as the test servers. */
function engineAnswer(p: Policy, probe: Probe): { status: number; headers: Map<string, string> } {
  const headers = Object.entries(probe.headers);
  const decision = corsRespond(p, { method: probe.method, url: probe.path, headers });
  const routeStatus = probe.method === 'OPTIONS' ? 404 : probe.path === '/error' ? 500 : 200;
  const status = decision.continueToRoute ? routeStatus : (decision.status ?? 204);
  return { status, headers: corsHeaders(corsHeadersFinal(decision, status)) };
}

function send(port: number, probe: Probe): Promise<{ status: number; headers: Map<string, string> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: probe.method, path: probe.path, headers: probe.headers },
      (res) => {
        res.resume();
        res.on('end', () => {
          const pairs: HeaderList = [];
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
            pairs.push([res.rawHeaders[i] ?? '', res.rawHeaders[i + 1] ?? '']);
          resolve({ status: res.statusCode ?? 0, headers: corsHeaders(pairs) });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Compares one probe; returns a list of human-readable mismatches. */
function compare(
  exported: PolicyExport,
  probe: Probe,
  engine: ReturnType<typeof engineAnswer>,
  real: ReturnType<typeof engineAnswer>,
): string[] {
  const differs = new Set(exported.differingAspects);
  if (probe.path === '/error' && differs.has('errors')) return [];
  const problems: string[] = [];
  const where = `${probe.method} ${probe.path} Origin=${probe.headers.origin ?? '(none)'}`;
  if (probe.method === 'OPTIONS' && !differs.has('preflight') && engine.status !== real.status) {
    problems.push(`${where}: status ${real.status}, engine ${engine.status}`);
  }
  for (const [name, value] of engine.headers) {
    const aspect = aspectOf[name] as ExportAspect;
    if (!differs.has(aspect) && real.headers.get(name) !== value) {
      problems.push(`${where}: ${name} = ${real.headers.get(name) ?? '(absent)'}, engine ${value}`);
    }
  }
  for (const [name, value] of real.headers) {
    if (engine.headers.has(name)) continue;
    const aspect = aspectOf[name] as ExportAspect;
    const harmlessExtra =
      differs.has('extraHeaders') && name !== 'access-control-allow-origin' && name !== 'vary';
    if (!differs.has(aspect) && !harmlessExtra) problems.push(`${where}: extra ${name} = ${value}`);
  }
  return problems;
}

function routeStatus(method: string, path: string): number {
  return method === 'OPTIONS' ? 404 : path.startsWith('/error') ? 500 : 200;
}

async function startExpress(p: Policy): Promise<http.Server> {
  const app = express();
  app.use(cors(expressCorsArgument(p) as cors.CorsOptions));
  app.use((req, res) => {
    res.status(routeStatus(req.method, req.path)).json({});
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function startFastify(p: Policy): Promise<{ port: number; close: () => Promise<void> }> {
  const app = Fastify();
  await app.register(fastifyCors, fastifyCorsRegistration(p) as never);
  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
    url: '/*',
    handler: async (req, reply) => reply.code(routeStatus(req.method, req.url)).send({}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { port: (app.server.address() as AddressInfo).port, close: () => app.close() };
}

describe.each(Object.entries(policies))('verified export: %s', (_name, p) => {
  describe('Express + cors', () => {
    let server: http.Server;
    beforeAll(async () => {
      server = await startExpress(p);
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it(`matches the engine on ${probes.length} requests wherever the export claims equivalence`, async () => {
      const port = (server.address() as AddressInfo).port;
      const exported = expressExport(p);
      expect(exported.differingAspects).not.toContain('origin');
      const problems: string[] = [];
      for (const probe of probes)
        problems.push(...compare(exported, probe, engineAnswer(p, probe), await send(port, probe)));
      expect(problems).toEqual([]);
    });
  });

  describe('Fastify + @fastify/cors', () => {
    let app: Awaited<ReturnType<typeof startFastify>>;
    beforeAll(async () => {
      app = await startFastify(p);
    });
    afterAll(() => app.close());

    it(`matches the engine on ${probes.length} requests wherever the export claims equivalence`, async () => {
      const exported = fastifyExport(p);
      expect(exported.differingAspects).not.toContain('origin');
      const problems: string[] = [];
      for (const probe of probes)
        problems.push(...compare(exported, probe, engineAnswer(p, probe), await send(app.port, probe)));
      expect(problems).toEqual([]);
    });
  });
});
