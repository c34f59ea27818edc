import { z } from 'zod';
import {
  policyParse,
  serverFromPolicy,
  serverFromScript,
  type ServerRequest,
  type ServerResponse,
  type SimServerSync,
} from '@cors-playground/engine';

const headerList = z.array(z.tuple([z.string(), z.string()]));

/** A fetch as `cors simulate` takes it: the page's origin and fetch()'s arguments. */
export const simulateRequestSchema = z.object({
  pageOrigin: z.string(),
  url: z.string(),
  method: z.string().optional(),
  headers: headerList.optional(),
  credentials: z.enum(['omit', 'same-origin', 'include']).optional(),
  mode: z.enum(['cors', 'no-cors', 'same-origin']).optional(),
  redirect: z.enum(['follow', 'error', 'manual']).optional(),
  cache: z.enum(['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached']).optional(),
  body: z.string().nullable().optional(),
});

/** Scripted answers keyed by `METHOD absolute-URL`. */
export const simulateResponsesSchema = z.record(
  z.string(),
  z.object({
    // Browsers take statuses outside 100-599 (Chromium even 2000): the simulator judges them.
    status: z.number().int().min(0).max(9999),
    headers: headerList.default([]),
    body: z.string().optional(),
    statusLine: z.string().optional(),
  }),
);

/** Where a line's server comes from: scripted responses, or a policy in front of the lab route. */
export interface SimulateServerSource {
  responses?: z.infer<typeof simulateResponsesSchema>;
  policy?: unknown;
}

/**
 * The playground's lab route for `policy` lines: 200 `{}` for anything, and 404 for OPTIONS (an app
 * with no OPTIONS route), which is what a preflight passed on with `preflight.continue` meets.
 */
function simulateInputRoute(request: ServerRequest): ServerResponse {
  if (request.method === 'OPTIONS')
    return { status: 404, headers: [['content-type', 'text/plain']], body: 'Not Found' };
  return { status: 200, headers: [['content-type', 'application/json']], body: '{}' };
}

/**
 * The server a line (or a sequence step) describes; an `inputError` naming the policy field at fault;
 * or null when it gives neither responses nor a policy. `at` prefixes field paths (`sequence.2.`).
 */
export function simulateInputServer(
  source: SimulateServerSource,
  at = '',
): { server: SimServerSync } | { inputError: string } | null {
  if (source.responses) return { server: serverFromScript(source.responses) };
  if (source.policy === undefined) return null;
  const policy = policyParse(source.policy);
  if (!policy.ok) {
    return {
      inputError: policy.errors
        .map((e) => `${at}policy.${e.path}: ${e.message}`.replace(/\.:/, ':'))
        .join('; '),
    };
  }
  return { server: serverFromPolicy(policy.policy, simulateInputRoute) };
}

/** The first zod issue as `path: message`, the way every input error of `cors simulate` reads. */
export function simulateInputIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || '(line)'}: ${issue?.message ?? 'invalid'}`;
}
