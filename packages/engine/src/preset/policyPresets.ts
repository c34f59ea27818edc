import { policySchema } from '../policy/policySchema.ts';
import type { Policy, PolicyInput } from '../policy/policySchema.ts';
import { urlParse } from '../http/urlParse.ts';

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
export interface PresetOrigins {
  /** Where the playground's page runs, e.g. `http://localhost:5173`. */
  app: string;
  /** The other site, same host on another port, e.g. `http://localhost:5174`. */
  other: string;
}

/** The origins `npm start` uses by default. */
export const presetDefaultOrigins: PresetOrigins = {
  app: 'http://localhost:5173',
  other: 'http://localhost:5174',
};

/**
 * Origins a sloppy pattern for `app` also matches: a look-alike domain, and (when the origin has a
 * port) the same host on a longer port, e.g. `http://localhost:51730` for `http://localhost:5173`.
 */
function presetLookAlikes(app: string, extraDigit: string): string {
  const hasPort = /:\d+$/.test(app);
  return hasPort ? `${app}.evil.io and ${app}${extraDigit}` : `${app}.evil.io`;
}

/** `http://*.localhost:5174` for `http://localhost:5174`: every subdomain of the other site's host. */
function presetSubdomains(other: string): { pattern: string; hostname: string; port: string } {
  const url = urlParse(other);
  if (!url) return { pattern: other, hostname: other, port: '' };
  return { pattern: `${url.protocol}//*.${url.host}`, hostname: url.hostname, port: url.port };
}

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

/**
 * Presets ordered from the sound baseline through the classic mistakes, written for the playground's
 * real origins: every origin, pattern and example in them is computed from `origins`.
 */
export function policyPresetsFor(origins: PresetOrigins): PolicyPreset[] {
  const { app, other } = origins;
  const subdomains = presetSubdomains(other);
  return [
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
      "Browsers refuse 'Access-Control-Allow-Origin: *' on credentialed requests: fetches with credentials: 'include' fail, even from the app itself, while requests without cookies (the default credentials: 'same-origin') still work.",
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
        origin: { mode: 'list', allow: [{ regex: app, anchor: 'none' }] },
        credentials: true,
      },
      `RegExp.test() searches anywhere and the dots are unescaped, so ${presetLookAlikes(app, '0')} match too; anchor with ^…$ and escape the dots.`,
    ),
    preset(
      'start-anchored-regex',
      'Start-anchored regex (django re.match)',
      'wrong',
      {
        origin: { mode: 'list', allow: [{ regex: `^${app}`, anchor: 'start' }] },
        credentials: true,
      },
      `re.match anchors only the start, so ${presetLookAlikes(app, '9')} still match; end the pattern with '$'.`,
    ),
    preset(
      'case-insensitive-regex',
      'Case-insensitive regex (Nelmio)',
      'depends',
      {
        origin: {
          mode: 'list',
          allow: [{ regex: `^${app}$`, anchor: 'none', ignoreCase: true }],
        },
      },
      'Nelmio matches case-insensitively; harmless for a fully anchored pattern because browsers send lower-case origins, but an unanchored one is as open as Express cors.',
    ),
    preset(
      'wildcard-subdomain',
      'Wildcard subdomains',
      'depends',
      { origin: { mode: 'list', allow: [app, subdomains.pattern] }, credentials: true },
      `Every subdomain of ${subdomains.hostname}${subdomains.port ? ` on port ${subdomains.port}` : ''} is trusted: fine while you control them all, a hole as soon as one serves user content or is taken over.`,
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
}

/** The presets for the default origins (the CLI, and anything that does not know the real ones). */
export const policyPresets: PolicyPreset[] = policyPresetsFor(presetDefaultOrigins);
