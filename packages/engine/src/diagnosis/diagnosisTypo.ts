import { urlParse } from '../http/urlParse.ts';
import { diagnosisExchangeFailed, diagnosisExchangeHeader } from './diagnosisExchange.ts';
import type { Diagnosis, DiagnosisInput } from './diagnosisTypes.ts';

/** The CORS response headers a server may misspell, as browsers spell them. */
const corsResponseHeaders = [
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Credentials',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Expose-Headers',
  'Access-Control-Max-Age',
];

/**
 * Near misses the browser ignores without a word: a response header one edit away from a CORS header's
 * name (`Access-Control-Expose-Header`), and an allowed origin written with a trailing slash or a path.
 */
export function diagnosisTypo({ trace }: DiagnosisInput): Diagnosis[] {
  const found: Diagnosis[] = [];
  const seen = new Set<string>();
  for (const exchange of trace.exchanges) {
    for (const [name] of exchange.response.headers) {
      const lower = name.toLowerCase();
      const meant = corsResponseHeaders.find((h) => diagnosisTypoOneEdit(lower, h.toLowerCase()));
      if (!meant || seen.has(lower)) continue;
      seen.add(lower);
      found.push({
        id: 'header-typo',
        party: 'server',
        title: `${name} is not ${meant}`,
        cause: `The server sends ${name}, one letter away from ${meant}. Browsers only know the exact name, so they ignore this header as if it were absent.`,
        remedy: `Rename the header to ${meant} where the server (or proxy) sets it by hand.`,
        remedies: {},
        policyFixMisleading: true,
      });
    }
  }
  const origin = diagnosisTypoOrigin(trace.request.pageOrigin, diagnosisExchangeFailed(trace));
  if (origin) found.push(origin);
  return found;
}

/** Whether `a` becomes `b` by one insertion, deletion or substitution (and is not `b`). */
function diagnosisTypoOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

function diagnosisTypoOrigin(
  pageOrigin: string,
  failed: ReturnType<typeof diagnosisExchangeFailed>,
): Diagnosis | null {
  const sent = failed ? diagnosisExchangeHeader(failed, 'access-control-allow-origin') : null;
  if (sent === null || sent === pageOrigin || sent === '*' || sent === 'null') return null;
  const parsed = urlParse(sent);
  if (!parsed || parsed.origin !== pageOrigin) return null;
  return {
    id: 'origin-typo',
    party: 'server',
    title: `The allowed origin is written ${sent}, with a path`,
    cause: `The server answers Access-Control-Allow-Origin: ${sent}. An origin is scheme, host and port only, and the browser compares it character by character with ${pageOrigin}: a trailing slash or a path never matches.`,
    remedy: `Write the allowed origin as ${pageOrigin}, without the trailing slash or path, in the server's configuration.`,
    remedies: {
      django: `CORS_ALLOWED_ORIGINS = ["${pageOrigin}"] (django-cors-headers' system check refuses an origin with a path).`,
      express: `cors({ origin: ['${pageOrigin}'] }): the cors package compares strings exactly.`,
      fastify: `@fastify/cors compares strings exactly: origin: ['${pageOrigin}'].`,
      nginx: `The value in add_header Access-Control-Allow-Origin (or in your map $http_origin) must be exactly ${pageOrigin}.`,
    },
    policyFixMisleading: false,
  };
}
