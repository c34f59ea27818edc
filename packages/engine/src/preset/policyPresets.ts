import { policySchema } from '../policy/policySchema.ts';
import type { Policy, PolicyInput } from '../policy/policySchema.ts';

/** A ready-made policy the UI and CLI offer, with a verdict a learner can check in the playground. */
export interface PolicyPreset {
  /** Stable kebab-case id (used in URLs and CLI flags). */
  id: string;
  title: string;
  policy: Policy;
  /** Whether this is a sound configuration, a mistake, or fine only for some data. */
  verdict: 'right' | 'wrong' | 'depends';
  /** One plain-English sentence: what it does and why that is right or wrong. */
  sentence: string;
}

/** The playground's page origin (the app) and the "other site" that plays the attacker. */
const app = 'http://localhost:5173';
const other = 'http://localhost:5174';

function preset(
  id: string,
  title: string,
  verdict: PolicyPreset['verdict'],
  input: PolicyInput,
  sentence: string,
): PolicyPreset {
  // Parsed so presets carry every default, exactly like a policy that came through the API.
  return { id, title, verdict, sentence, policy: policySchema.parse(input) };
}

/** Presets ordered from the sound baseline through the classic mistakes. */
export const policyPresets: PolicyPreset[] = [
  preset(
    'strict-single-origin',
    'Strict: one origin, with credentials',
    'right',
    { origin: { mode: 'list', allow: [app] }, credentials: true, exposeHeaders: ['X-Request-Id'] },
    `Only ${app} may read responses, cookies included; ${other} gets no CORS headers and its script sees a TypeError.`,
  ),
  preset(
    'any-origin',
    "Any origin ('*')",
    'depends',
    { origin: { mode: 'any' } },
    "Every site may read responses without credentials: right for public data, wrong for anything behind an intranet or IP allow-list, since '*' lets any page read it through the visitor's browser.",
  ),
  preset(
    'any-origin-credentials',
    "'*' with credentials",
    'wrong',
    { origin: { mode: 'any' }, credentials: true },
    "Browsers refuse 'Access-Control-Allow-Origin: *' on credentialed requests, so fetches with credentials: 'include' fail even from the app itself.",
  ),
  preset(
    'reflect-credentials',
    'Reflect any origin, with credentials',
    'wrong',
    { origin: { mode: 'reflect' }, credentials: true },
    `Echoing whatever Origin arrives together with credentials lets ${other} (or any site) read the logged-in user's data.`,
  ),
  preset(
    'null-allowed',
    "Allow the 'null' origin",
    'wrong',
    { origin: { mode: 'list', allow: [app, 'null'] }, credentials: true },
    "Any site can send 'Origin: null' from a sandboxed iframe or a data: URL, so allowing null allows everyone.",
  ),
  preset(
    'unanchored-regex',
    'Unanchored regex (Express cors)',
    'wrong',
    {
      origin: { mode: 'list', allow: [{ regex: 'http://localhost:5173', anchor: 'none' }] },
      credentials: true,
    },
    'RegExp.test() searches anywhere and the dots are unescaped, so http://localhost:5173.evil.io and http://localhost:51730 match too; anchor with ^…$ and escape the dots.',
  ),
  preset(
    'start-anchored-regex',
    'Start-anchored regex (django re.match)',
    'wrong',
    {
      origin: { mode: 'list', allow: [{ regex: '^http://localhost:5173', anchor: 'start' }] },
      credentials: true,
    },
    "re.match anchors only the start, so http://localhost:5173.evil.io and http://localhost:51739 still match; end the pattern with '$'.",
  ),
  preset(
    'case-insensitive-regex',
    'Case-insensitive regex (Nelmio)',
    'depends',
    {
      origin: {
        mode: 'list',
        allow: [{ regex: '^http://localhost:5173$', anchor: 'none', ignoreCase: true }],
      },
    },
    'Nelmio matches case-insensitively; harmless for a fully anchored pattern because browsers send lower-case origins, but an unanchored one is as open as Express cors.',
  ),
  preset(
    'wildcard-subdomain',
    'Wildcard subdomains',
    'depends',
    { origin: { mode: 'list', allow: [app, 'http://*.localhost:5174'] }, credentials: true },
    'Every subdomain of localhost on port 5174 is trusted: fine while you control them all, a hole as soon as one serves user content or is taken over.',
  ),
  preset(
    'no-vary',
    'Several origins without Vary: Origin',
    'wrong',
    { origin: { mode: 'list', allow: [app, other] }, varyOrigin: false },
    'The allowed origin changes per request but caches are not told, so a cached response for one origin is served to the other and fails its CORS check.',
  ),
  preset(
    'preflight-continue-404',
    'Preflight passed to a route without OPTIONS',
    'wrong',
    { origin: { mode: 'list', allow: [app] }, preflight: { continue: true } },
    'With preflightContinue the OPTIONS request reaches the route, which has no OPTIONS handler and answers 404, so every preflighted request fails even though the CORS headers are there.',
  ),
  preset(
    'preflight-404',
    'Preflight answered with 404',
    'wrong',
    { origin: { mode: 'list', allow: [app] }, preflight: { status: 404 } },
    'A preflight must get a 2xx status; with 404 the browser blocks PUT, DELETE and custom-header requests whatever the other headers say.',
  ),
  preset(
    'preflight-200',
    'Preflight answered with 200',
    'right',
    { origin: { mode: 'list', allow: [app] }, preflight: { status: 200 } },
    'Any 2xx is fine for a preflight; 200 instead of 204 only matters for a few very old browsers.',
  ),
  preset(
    'long-max-age',
    'Preflight cached for a day',
    'depends',
    { origin: { mode: 'list', allow: [app] }, maxAge: 86_400 },
    'Saves a preflight per request, but Chromium caps it at 2 hours and Firefox at 24, and a policy change will not be seen until the cached preflight expires.',
  ),
  preset(
    'per-path-api-only',
    'CORS on /api/ only',
    'right',
    {
      enabled: false,
      paths: [
        {
          path: '^/api/',
          override: { enabled: true, origin: { mode: 'list', allow: [app] }, credentials: true },
        },
      ],
    },
    `Like django's CORS_URLS_REGEX or Nelmio's paths: only URLs under /api/ answer ${app}; everything else sends no CORS headers at all.`,
  ),
  preset(
    'errors-without-cors',
    'Errors without CORS headers',
    'wrong',
    { origin: { mode: 'list', allow: [app] }, corsOnErrors: false },
    'The error handler drops the CORS headers, so a 4xx or 5xx reaches JavaScript as an opaque CORS TypeError instead of a status it could handle.',
  ),
  preset(
    'reject-disallowed',
    'Reject other origins with 403',
    'right',
    { origin: { mode: 'list', allow: [app] }, rejectDisallowedOrigin: true },
    `Like Spring and ASP.NET Core: a request from ${other} is answered 403 before the route runs, which also stops side effects of simple requests.`,
  ),
];
