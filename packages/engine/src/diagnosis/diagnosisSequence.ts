import { diagnosisExchangeActual } from './diagnosisExchange.ts';
import type { Diagnosis, DiagnosisInput } from './diagnosisTypes.ts';

/**
 * Shapes that only show across several fetches of one page: a preflight answer the browser cached
 * (Access-Control-Max-Age) that the server no longer gives, and a session cookie that stays home.
 */
export function diagnosisSequence(input: DiagnosisInput): Diagnosis[] {
  return [diagnosisSequenceStale(input), diagnosisSequenceCookie(input)].filter(
    (d): d is Diagnosis => d !== null,
  );
}

function diagnosisSequenceStale({ trace, uncached }: DiagnosisInput): Diagnosis | null {
  if (!trace.preflight.cached || !uncached || uncached.outcome === trace.outcome) return null;
  return {
    id: 'preflight-stale',
    party: 'server',
    title: 'The browser used a cached preflight answer the server no longer gives',
    cause: `No preflight went out: the browser reused the answer it cached for Access-Control-Max-Age seconds. With a fresh preflight, this fetch would end ${uncached.outcome} instead of ${trace.outcome}: a policy change only reaches a page once its cached preflights expire.`,
    remedy:
      'Wait for the cached entry to expire (Chromium caps Max-Age at 2 hours, Firefox at 24), or test in a fresh browser profile. Keep Access-Control-Max-Age short (600 s) while the policy still changes.',
    remedies: {},
    policyFixMisleading: true,
    challenge: 'preflight-cache',
  };
}

function diagnosisSequenceCookie({ trace, cookies }: DiagnosisInput): Diagnosis | null {
  const actual = diagnosisExchangeActual(trace);
  if (!cookies || cookies.verdicts.length === 0 || cookies.verdicts.some((v) => v.sent)) return null;
  if (!actual || (actual.response.status !== 401 && actual.response.status !== 403)) return null;
  const page = cookies.verdicts.some((v) => v.reason.includes('credentials:'));
  return {
    id: 'cookie-not-sent',
    party: page ? 'page' : 'server',
    title: `The session cookie does not travel: the API answers ${actual.response.status}`,
    cause: `${cookies.summary} The API sees a request without its session and answers ${actual.response.status}; CORS headers cannot change which cookies the browser sends.`,
    remedy: page
      ? "Send the request with credentials: 'include' (axios: withCredentials: true); the API must then name your origin and send Access-Control-Allow-Credentials: true."
      : 'Browsers no longer send cookies on cross-site requests (SameSite, third-party cookie blocking): serve the page and the API from the same site (app.example.com and api.example.com), or authenticate with a token in Authorization instead of a cookie.',
    remedies: {},
    policyFixMisleading: true,
  };
}
