import { z } from 'zod';
import {
  policyParse,
  serverFromPolicy,
  serverFromScript,
  simulateFetchSync,
  type BrowserName,
  type ServerRequest,
  type ServerResponse,
  type Trace,
} from '@cors-playground/engine';

const headerList = z.array(z.tuple([z.string(), z.string()]));

/** One NDJSON input line of `cors simulate`: a request and either scripted responses or a policy. */
const simulateInputSchema = z
  .object({
    id: z.unknown().optional(),
    request: z.object({
      pageOrigin: z.string(),
      url: z.string(),
      method: z.string().optional(),
      headers: headerList.optional(),
      credentials: z.enum(['omit', 'same-origin', 'include']).optional(),
      mode: z.enum(['cors', 'no-cors', 'same-origin']).optional(),
      redirect: z.enum(['follow', 'error', 'manual']).optional(),
      cache: z
        .enum(['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'])
        .optional(),
      body: z.string().nullable().optional(),
    }),
    responses: z
      .record(
        z.string(),
        z.object({
          // Browsers take statuses outside 100-599 (Chromium even 2000): the simulator judges them.
          status: z.number().int().min(0).max(9999),
          headers: headerList.default([]),
          body: z.string().optional(),
          statusLine: z.string().optional(),
        }),
      )
      .optional(),
    policy: z.unknown().optional(),
  })
  .refine((v) => v.responses !== undefined || v.policy !== undefined, {
    message: 'give either "responses" or "policy"',
  });

/**
 * The playground's lab route for `policy` lines: 200 `{}` for anything, and 404 for OPTIONS (an app
 * with no OPTIONS route), which is what a preflight passed on with `preflight.continue` meets.
 */
function simulateLineRoute(request: ServerRequest): ServerResponse {
  if (request.method === 'OPTIONS')
    return { status: 404, headers: [['content-type', 'text/plain']], body: 'Not Found' };
  return { status: 200, headers: [['content-type', 'application/json']], body: '{}' };
}

/** Simulates one input line; returns the output object (an `inputError` object for bad input). Never throws. */
export function simulateLine(line: string, browser: BrowserName): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { id: null, inputError: `not JSON: ${(error as Error).message}` };
  }
  const id = typeof json === 'object' && json !== null && 'id' in json ? (json as { id: unknown }).id : null;
  const parsed = simulateInputSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { id, inputError: `${issue?.path.join('.') || '(line)'}: ${issue?.message ?? 'invalid'}` };
  }
  const input = parsed.data;
  let server;
  if (input.responses) {
    server = serverFromScript(input.responses);
  } else {
    const policy = policyParse(input.policy);
    if (!policy.ok) {
      return {
        id,
        inputError: policy.errors.map((e) => `policy.${e.path}: ${e.message}`.replace(/\.:/, ':')).join('; '),
      };
    }
    server = serverFromPolicy(policy.policy, simulateLineRoute);
  }
  try {
    const trace = simulateFetchSync(input.request, server, { browser });
    return { id, ...simulateLineTrace(trace) };
  } catch (error) {
    return { id, inputError: `could not simulate: ${(error as Error).message}` };
  }
}

/**
 * The compact fields scripts read (ok, error, response, preflight, requests, console, steps), then the
 * full detail for anyone who needs every exchange.
 */
export function simulateLineTrace(trace: Trace): Record<string, unknown> {
  return {
    ok: trace.ok,
    error: trace.error,
    response: trace.response
      ? { type: trace.response.type, status: trace.response.status, headers: trace.response.headers }
      : null,
    preflight: { sent: trace.preflight.sent, acrm: trace.preflight.acrm, acrh: trace.preflight.acrh },
    requests: trace.exchanges.map((e) => ({
      method: e.request.method,
      url: e.request.url,
      origin: e.origin,
    })),
    console: trace.browser === 'firefox' ? trace.consoleFirefox : trace.consoleChromium,
    steps: trace.steps,
    outcome: trace.outcome,
    browser: trace.browser,
    preflightDetail: trace.preflight,
    consoleChromium: trace.consoleChromium,
    consoleChromiumLines: trace.consoleChromiumLines ?? [],
    consoleFirefox: trace.consoleFirefox,
    exchanges: trace.exchanges,
  };
}
