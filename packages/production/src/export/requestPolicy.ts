import type { Policy, Trace } from '@cors-playground/engine';

/**
 * The least-privilege policy that lets a traced request through: its page origin only, credentials
 * only if it sent them, and exactly the method and headers its preflight asked for. `cors check`
 * exports it as the fix in the user's framework.
 */
export function requestPolicy(trace: Trace): Policy {
  const request = trace.request;
  const requestedHeaders = (trace.preflight.acrh ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const method = trace.preflight.acrm ?? (request.method ?? 'GET').toUpperCase();
  return {
    version: 1,
    enabled: true,
    origin: { mode: 'list', allow: [request.pageOrigin] },
    credentials: request.credentials === 'include',
    allowMethods: { mode: 'list', values: [...new Set(['GET', 'HEAD', 'POST', method])] },
    allowHeaders: { mode: 'list', values: requestedHeaders },
    exposeHeaders: [],
    maxAge: 600,
    preflight: { status: 204, continue: false },
    varyOrigin: true,
    corsOnErrors: true,
    rejectDisallowedOrigin: false,
    paths: [],
  };
}
