import http from 'node:http';
import { corsHeadersFinal, corsRespond, type HeaderList, type Policy } from '@cors-playground/engine';
import type { ExportAspect } from '@cors-playground/production';
import { policyFixture as policy, policyFixtureListInput } from '@cors-playground/production/testing';

/**
 * The request matrix every verified export runs: the same policies and requests go to the real
 * framework (configured by the export) and to the engine, and their CORS headers are compared.
 */

export const verifiedPolicies: Record<string, Policy> = {
  'exact + wildcard + regex, credentials': policy(policyFixtureListInput),
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
// `//public/x` reads as /public/x to servers that merge slashes (nginx), as //public/x to the engine.
const paths = ['/x', '/public/x', '/off/x', '//public/x', '/error'];

export interface VerifiedProbe {
  method: string;
  path: string;
  headers: Record<string, string>;
}

export const verifiedProbes: VerifiedProbe[] = origins.flatMap((origin) =>
  paths.flatMap((path) => {
    const o: Record<string, string> = origin === null ? {} : { origin };
    const list: VerifiedProbe[] = [
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

/** The export aspect each compared header belongs to. */
export const verifiedAspectOf: Record<string, ExportAspect> = {
  'access-control-allow-origin': 'origin',
  'access-control-allow-credentials': 'credentials',
  'access-control-allow-methods': 'methods',
  'access-control-allow-headers': 'allowHeaders',
  'access-control-expose-headers': 'exposeHeaders',
  'access-control-max-age': 'maxAge',
  vary: 'vary',
};

/** A response as compared: status and CORS headers (lower-case names, list values split and trimmed). */
export interface VerifiedAnswer {
  status: number;
  headers: Map<string, string>;
}

function verifiedCorsHeaders(headers: HeaderList): Map<string, string> {
  const out = new Map<string, string>();
  for (const [rawName, value] of headers) {
    const name = rawName.toLowerCase();
    if (!(name in verifiedAspectOf)) continue;
    const parts = value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const normal = name === 'vary' ? parts.map((p) => p.toLowerCase()).sort() : parts;
    out.set(name, [...(out.has(name) ? [out.get(name)] : []), ...normal].join(','));
  }
  return out;
}

/** The stub app behind every framework: 404 for OPTIONS (no such route), 500 under /error, else 200. */
export function verifiedRouteStatus(method: string, path: string): number {
  return method === 'OPTIONS' ? 404 : path.startsWith('/error') ? 500 : 200;
}

/** What the engine answers for a probe, behind the same route as the test servers. */
export function verifiedEngineAnswer(p: Policy, probe: VerifiedProbe): VerifiedAnswer {
  const headers = Object.entries(probe.headers);
  const decision = corsRespond(p, { method: probe.method, url: probe.path, headers });
  const routeStatus = verifiedRouteStatus(probe.method, probe.path);
  const status = decision.continueToRoute ? routeStatus : (decision.status ?? 204);
  return { status, headers: verifiedCorsHeaders(corsHeadersFinal(decision, status)) };
}

/** Sends a probe with node:http (which adds nothing CORS-related) and reads the answer. */
export function verifiedSend(port: number, probe: VerifiedProbe): Promise<VerifiedAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: probe.method, path: probe.path, headers: probe.headers },
      (res) => {
        res.resume();
        res.on('end', () => {
          const pairs: HeaderList = [];
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
            pairs.push([res.rawHeaders[i] ?? '', res.rawHeaders[i + 1] ?? '']);
          resolve({ status: res.statusCode ?? 0, headers: verifiedCorsHeaders(pairs) });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
