import { z } from 'zod';
import {
  cookieSendPredict,
  diagnosisFind,
  headerListGet,
  preflightCacheCreate,
  simulateFetchSync,
  siteOf,
  type BrowserName,
  type CookieJarEntry,
  type FetchRequest,
  type SimServerSync,
} from '@cors-playground/engine';
import {
  simulateInputIssue,
  simulateInputServer,
  simulateRequestSchema,
  simulateResponsesSchema,
} from './simulateInput.ts';
import { simulateTrace } from './simulateTrace.ts';

/** At most this many fetches in one sequence, and this much simulated time between two (a year). */
export const simulateSequenceLimits = { steps: 100, afterMs: 31_536_000_000, cookies: 50 } as const;

/** A cookie the page's browser holds, as the app tracks them: who set it, and what decides when it travels. */
const cookieSchema = z.object({
  name: z.string().regex(/^[^\s=;,]+$/, 'a cookie name has no spaces, =, ; or ,'),
  value: z.string().regex(/^[^\s;,]*$/, 'a cookie value has no spaces, ; or ,'),
  /** The host that set it (a host-only cookie). */
  host: z.string().min(1),
  sameSite: z.enum(['Strict', 'Lax', 'None', 'unset']).default('unset'),
  secure: z.boolean().default(false),
  httpOnly: z.boolean().default(false),
  partitioned: z.boolean().default(false),
  path: z.string().startsWith('/').optional(),
  /** The top-level site it was set under; default the site of `host` over http. */
  partitionSite: z.string().optional(),
});

const sequenceSchema = z.object({
  id: z.unknown().optional(),
  /** The top-level page's URL, when the fetching page is a frame; default each request's page origin. */
  topLevelUrl: z.string().optional(),
  cookies: z.array(cookieSchema).max(simulateSequenceLimits.cookies).default([]),
  responses: simulateResponsesSchema.optional(),
  policy: z.unknown().optional(),
  sequence: z
    .array(
      z.object({
        /** Milliseconds since the previous fetch (for the first: since the page loaded). Default 0. */
        after: z.number().int().min(0).max(simulateSequenceLimits.afterMs).default(0),
        request: simulateRequestSchema,
        /** The server from this fetch on (a policy change between fetches); default the previous one. */
        responses: simulateResponsesSchema.optional(),
        policy: z.unknown().optional(),
      }),
    )
    .min(1)
    .max(simulateSequenceLimits.steps),
});

/**
 * One page making several fetches, `after` milliseconds apart: they share the page's preflight cache
 * (so a preflight cached with Access-Control-Max-Age answers later fetches until it expires, even when
 * the server has changed meanwhile) and its cookies (each request carries the ones the browser would
 * send it). Returns `{ id, sequence: [one trace per fetch] }`, each with the time it ran (`at`), the
 * cookie verdicts and the diagnosis.
 */
export function simulateSequence(json: object, browser: BrowserName): Record<string, unknown> {
  const id = 'id' in json ? json.id : null;
  const parsed = sequenceSchema.safeParse(json);
  if (!parsed.success) return { id, inputError: simulateInputIssue(parsed.error) };
  const input = parsed.data;
  const lineServer = simulateInputServer(input);
  if (lineServer && 'inputError' in lineServer) return { id, inputError: lineServer.inputError };
  const jar = input.cookies.map(simulateSequenceCookie);
  const values = new Map(input.cookies.map((c) => [`${c.host} ${c.name}`, c.value]));
  const cache = preflightCacheCreate();
  let server = lineServer?.server ?? null;
  let now = 0;
  const out: Record<string, unknown>[] = [];
  for (const [i, step] of input.sequence.entries()) {
    now += step.after;
    const stepServer = simulateInputServer(step, `sequence.${i}.`);
    if (stepServer && 'inputError' in stepServer) return { id, inputError: stepServer.inputError };
    server = stepServer?.server ?? server;
    if (!server) return { id, inputError: `sequence.${i}: give "responses" or "policy" here or on the line` };
    const request = step.request;
    const topLevelUrl = input.topLevelUrl ?? request.pageOrigin;
    // A fresh wrapper per simulated fetch: it records that fetch's redirect hops.
    const current = server;
    const added: Array<string | null> = [];
    const withCookies = (into: Array<string | null>) =>
      simulateSequenceCookieServer(current, { request, jar, values, topLevelUrl, browser, added: into });
    try {
      const trace = simulateFetchSync(request, withCookies(added), {
        browser,
        preflightCache: cache,
        now: () => now,
      });
      const uncached = trace.preflight.cached
        ? simulateFetchSync(request, withCookies([]), { browser })
        : undefined;
      // The trace shows what the browser sent; the server also got the cookies the wrapper added.
      // Every request the server answered is one exchange, in order (policy and scripted servers never throw).
      const tail = added.slice(0, trace.exchanges.length);
      for (const [k, exchange] of trace.exchanges.entries()) {
        const cookie = tail[k];
        if (cookie)
          exchange.request = {
            ...exchange.request,
            headers: [...exchange.request.headers, ['cookie', cookie]],
          };
      }
      const cookies =
        jar.length === 0
          ? undefined
          : cookieSendPredict(jar, {
              browser,
              pageOrigin: request.pageOrigin,
              topLevelUrl,
              url: request.url,
              credentials: request.credentials ?? 'same-origin',
            });
      out.push({
        at: now,
        ...simulateTrace(trace),
        cookies: cookies ?? null,
        uncachedOutcome: uncached?.outcome ?? null,
        diagnoses: diagnosisFind({ trace, cookies, uncached }),
      });
    } catch (error) {
      return { id, inputError: `sequence.${i}: could not simulate: ${(error as Error).message}` };
    }
  }
  return { id, sequence: out };
}

function simulateSequenceCookie(cookie: z.infer<typeof cookieSchema>): CookieJarEntry {
  const site = siteOf(`http://${cookie.host}`);
  return {
    name: cookie.name,
    sameSite: cookie.sameSite,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    partitioned: cookie.partitioned,
    ...(cookie.path === undefined ? {} : { path: cookie.path }),
    host: cookie.host,
    partitionSite:
      cookie.partitionSite ?? (site ? `${site.scheme}//${site.domain}` : `http://${cookie.host}`),
  };
}

/**
 * The server with the browser's `Cookie` header added to each request that carries cookies (never a
 * preflight), judged hop by hop: a redirect through another site changes what Firefox sends.
 */
function simulateSequenceCookieServer(
  server: SimServerSync,
  page: {
    request: FetchRequest;
    jar: CookieJarEntry[];
    /** Cookie values by `host name`. */
    values: Map<string, string>;
    topLevelUrl: string;
    browser: BrowserName;
    /** Receives, per request in order, the Cookie header added to it (null: none). */
    added: Array<string | null>;
  },
): SimServerSync {
  const { request, jar, values, topLevelUrl, browser, added } = page;
  if (jar.length === 0) return server;
  const hops: string[] = [];
  return (sent) => {
    const preflight =
      sent.method === 'OPTIONS' && headerListGet(sent.headers, 'access-control-request-method') !== null;
    if (preflight) {
      added.push(null);
      return server(sent);
    }
    const prediction = cookieSendPredict(jar, {
      browser,
      pageOrigin: request.pageOrigin,
      topLevelUrl,
      url: sent.url,
      credentials: request.credentials ?? 'same-origin',
      redirects: [...hops],
    });
    hops.push(sent.url);
    const host = siteOf(sent.url) ? new URL(sent.url).hostname : '';
    const pairs = prediction.verdicts
      .filter((v) => v.sent)
      .map((v) => `${v.name}=${values.get(`${host} ${v.name}`) ?? ''}`);
    added.push(pairs.length === 0 ? null : pairs.join('; '));
    return server(
      pairs.length === 0 ? sent : { ...sent, headers: [...sent.headers, ['cookie', pairs.join('; ')]] },
    );
  };
}
