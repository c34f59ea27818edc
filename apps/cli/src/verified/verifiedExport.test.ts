import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import cors from 'cors';
import express from 'express';
import fastifyCors from '@fastify/cors';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Policy } from '@cors-playground/engine';
import { expressExport, fastifyExport } from '@cors-playground/production';
import { expressCorsArgument, fastifyCorsRegistration } from '@cors-playground/production/testing';
import { verifiedPolicies, verifiedProbes, verifiedRouteStatus } from './verifiedExport.testkit.ts';
import { verifiedRun } from './verifiedRun.testkit.ts';

/**
 * Verified exports: the real `cors` and `@fastify/cors` middlewares run with the generated options, and
 * their CORS headers must equal the engine's for every aspect the export does not list as different.
 */

async function startExpress(p: Policy): Promise<http.Server> {
  const app = express();
  app.use(cors(expressCorsArgument(p) as cors.CorsOptions));
  app.use((req, res) => {
    res.status(verifiedRouteStatus(req.method, req.path)).json({});
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
    handler: async (req, reply) => reply.code(verifiedRouteStatus(req.method, req.url)).send({}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { port: (app.server.address() as AddressInfo).port, close: () => app.close() };
}

describe.each(Object.entries(verifiedPolicies))('verified export: %s', (_name, p) => {
  describe('Express + cors', () => {
    let server: http.Server;
    beforeAll(async () => {
      server = await startExpress(p);
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it(`matches the engine on ${verifiedProbes.length} requests wherever the export claims equivalence`, async () => {
      const exported = expressExport(p);
      expect(exported.differingAspects).not.toContain('origin');
      const port = (server.address() as AddressInfo).port;
      expect((await verifiedRun(p, exported, port)).problems).toEqual([]);
    });
  });

  describe('Fastify + @fastify/cors', () => {
    let app: Awaited<ReturnType<typeof startFastify>>;
    beforeAll(async () => {
      app = await startFastify(p);
    });
    afterAll(() => app.close());

    it(`matches the engine on ${verifiedProbes.length} requests wherever the export claims equivalence`, async () => {
      const exported = fastifyExport(p);
      expect(exported.differingAspects).not.toContain('origin');
      expect((await verifiedRun(p, exported, app.port)).problems).toEqual([]);
    });
  });
});
