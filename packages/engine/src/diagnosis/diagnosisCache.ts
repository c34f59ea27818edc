import { headerListGet } from '../http/headerList.ts';
import { urlParse } from '../http/urlParse.ts';
import { diagnosisExchangeFailed, diagnosisExchangeHeader } from './diagnosisExchange.ts';
import type { Diagnosis, DiagnosisInput } from './diagnosisTypes.ts';

/**
 * A shared cache that served one origin's answer to another: the response grants a different origin
 * (or none, from a cache hit) and does not say `Vary: Origin`, so the cache keyed it by URL alone.
 */
export function diagnosisCache({ trace }: DiagnosisInput): Diagnosis[] {
  const failed = diagnosisExchangeFailed(trace);
  if (trace.ok || !failed || trace.failure?.preflight) return [];
  const headers = failed.response.headers;
  const varies = (headerListGet(headers, 'vary') ?? '')
    .split(',')
    .some((token) => ['origin', '*'].includes(token.trim().toLowerCase()));
  if (varies) return [];
  const granted = diagnosisExchangeHeader(failed, 'access-control-allow-origin');
  const grantedOrigin = granted === null ? null : (urlParse(granted)?.origin ?? null);
  const otherOrigin =
    trace.failure?.code === 'allow-origin-mismatch' &&
    grantedOrigin !== null &&
    grantedOrigin === granted &&
    grantedOrigin !== trace.request.pageOrigin;
  const hit =
    trace.failure?.code === 'missing-allow-origin' &&
    (Number(diagnosisExchangeHeader(failed, 'age') ?? 0) > 0 ||
      /\bhit\b/i.test(diagnosisExchangeHeader(failed, 'x-cache') ?? '') ||
      /\bhit\b/i.test(diagnosisExchangeHeader(failed, 'cf-cache-status') ?? ''));
  if (!otherOrigin && !hit) return [];
  const what = otherOrigin
    ? `The response grants ${granted}, another origin than the page's (${trace.request.pageOrigin})`
    : 'The response is a cache hit without Access-Control-Allow-Origin';
  return [
    {
      id: 'vary-missing',
      party: 'proxy',
      title: 'A shared cache served another origin’s answer: always send Vary: Origin',
      cause: `${what}, and it has no Vary: Origin. A CDN or proxy stored the answer made for the first origin that asked and serves it to every other one: the first visitor decides what everyone gets.`,
      remedy:
        'Always send Vary: Origin on responses whose CORS headers depend on the Origin, including the ones for origins you refuse, then purge the cache (entries stored before the fix keep their headers, and a 304 revalidation does not replace them). For public data, Access-Control-Allow-Origin: * without credentials is the same for everyone and caches safely.',
      remedies: {
        nginx:
          'add_header Vary Origin always; next to the Access-Control-Allow-Origin that comes from a map $http_origin, and make proxy_cache_key include $http_origin if the cache sits in nginx.',
        express:
          'The cors package adds Vary: Origin whenever the allowed origin depends on the request: check that nothing in between removes it, and that the CDN honours Vary (or keys on Origin).',
        django:
          'django-cors-headers adds Vary: Origin itself: check that nothing in between removes it, and that the CDN honours Vary (or keys on Origin).',
        lambda:
          'Return Vary: Origin from the function with every response, and include the Origin header in the CloudFront cache policy.',
      },
      policyFixMisleading: true,
      challenge: 'vary-cache',
    },
  ];
}
