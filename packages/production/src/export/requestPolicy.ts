import { policyDefault, type Policy, type Trace } from '@cors-playground/engine';

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
  // Every other field keeps the engine's default, so the export changes when the defaults do.
  return {
    ...policyDefault(),
    origin: { mode: 'list', allow: [request.pageOrigin] },
    credentials: request.credentials === 'include',
    allowMethods: { mode: 'list', values: [...new Set(['GET', 'HEAD', 'POST', method])] },
    allowHeaders: { mode: 'list', values: requestedHeaders },
    maxAge: 600,
  };
}
