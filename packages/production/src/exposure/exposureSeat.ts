import { siteOf, type BrowserName } from '@cors-playground/engine';
import { exposureOriginParts } from './exposureOrigins.ts';

/** Where a row of the exposure map sits, relative to the app and its API. */
export type ExposureSeatKind =
  'app' | 'sibling' | 'cross-site' | 'lookalike' | 'null' | 'downgrade' | 'third-party';

/** One row of the exposure map: a page origin a script may run on. */
export interface ExposureSeat {
  kind: ExposureSeatKind;
  /** The `Origin` that page sends (`null` for a sandboxed frame). */
  origin: string;
  /** Who sits there, e.g. "The app itself", "Look-alike (suffix match)". */
  label: string;
  /** Who can obtain such an origin, in words. */
  who: string;
  /** The browsers that can send this origin at all (some hosts parse only in some browsers). */
  browsers: readonly BrowserName[];
}

/**
 * A granted attacker origin as the attacking audit reports it; only the fields the map needs, so the
 * map follows the audit without depending on its every field.
 */
export interface ExposureAttack {
  origin: string;
  /** The audit's class, e.g. `suffix`, `http-downgrade`, `third-party`. */
  class: string;
  /** Who can obtain the origin, in words. Default: "anyone who registers such a domain". */
  who?: string;
  /** Browsers that send this origin. Default: every modelled browser. */
  browsers?: readonly string[];
}

export interface ExposureSeatsOptions {
  /** The app's own origin (the page that is meant to call the API). */
  appOrigin: string;
  /** The API's origin: the map's requests go there. */
  apiOrigin: string;
  /** A same-site page other than the app. Default: `blog.` under the API's registrable domain. */
  siblingOrigin?: string;
  /** A page on another site. Default: `https://evil.example`. */
  crossSiteOrigin?: string;
  /** Attacker origins the audit found granted: each becomes a row. Default none. */
  attacks?: readonly ExposureAttack[];
}

const browsersAll: readonly BrowserName[] = ['chromium', 'firefox'];

/** Third parties anyone can publish on; shown even when not granted, so "blocked" is visible too. */
const exposureThirdParties = ['https://attacker.github.io', 'https://fiddle.jshell.net'];

function exposureSeatKindOf(attackClass: string): ExposureSeatKind {
  const name = attackClass.toLowerCase();
  if (name === 'null') return 'null';
  if (name.includes('http') || name.includes('downgrade')) return 'downgrade';
  if (name.includes('third') || name.includes('public-suffix') || name.includes('code-host')) {
    return 'third-party';
  }
  if (name.includes('subdomain') || name.includes('sibling')) return 'sibling';
  return 'lookalike';
}

function exposureSeatBrowsers(browsers: readonly string[] | undefined): readonly BrowserName[] {
  if (!browsers) return browsersAll;
  return browsersAll.filter((browser) => browsers.includes(browser));
}

/** `blog.<registrable domain>` on the API's scheme and port: the same site, another origin. */
function exposureSiblingDefault(apiOrigin: string): string {
  const url = exposureOriginParts(apiOrigin);
  const site = siteOf(apiOrigin);
  const domain = site?.domain ?? url.hostname;
  // A bare public suffix (`localhost`) has no subdomain on the same site: another port is the sibling.
  if (domain === url.hostname && !domain.includes('.')) {
    return `${url.protocol}//${domain}:${(Number(url.port) || 80) + 1}`;
  }
  return `${url.protocol}//blog.${domain}${url.port ? `:${url.port}` : ''}`;
}

/**
 * The rows of the exposure map: the app, a same-site sibling, a cross-site page, every granted
 * attacker origin, `null`, the `http` downgrade of the app, and third parties. One row per origin:
 * the first seat named for an origin keeps it.
 */
export function exposureSeats(options: ExposureSeatsOptions): ExposureSeat[] {
  const app = exposureOriginParts(options.appOrigin);
  const appOrigin = `${app.protocol}//${app.hostname}${app.port ? `:${app.port}` : ''}`;
  const seats: ExposureSeat[] = [
    { kind: 'app', origin: appOrigin, label: 'The app itself', who: 'your own code', browsers: browsersAll },
    {
      kind: 'sibling',
      origin: options.siblingOrigin ?? exposureSiblingDefault(options.apiOrigin),
      label: 'Same-site sibling',
      who: 'whoever controls another page on your site (a blog, user content, a forgotten subdomain)',
      browsers: browsersAll,
    },
    {
      kind: 'cross-site',
      origin: options.crossSiteOrigin ?? 'https://evil.example',
      label: 'Another site',
      who: 'anyone: every website the user visits',
      browsers: browsersAll,
    },
  ];
  for (const attack of options.attacks ?? []) {
    const kind = exposureSeatKindOf(attack.class);
    seats.push({
      kind,
      origin: attack.origin,
      label: kind === 'lookalike' ? `Look-alike (${attack.class})` : `Attacker (${attack.class})`,
      who: attack.who ?? 'anyone who registers such a domain',
      browsers: exposureSeatBrowsers(attack.browsers),
    });
  }
  seats.push({
    kind: 'null',
    origin: 'null',
    label: 'null (sandboxed frame, file:, some redirects)',
    who: 'anyone: a sandboxed iframe on any site',
    browsers: browsersAll,
  });
  if (app.protocol === 'https:') {
    seats.push({
      kind: 'downgrade',
      origin: `http://${app.hostname}${app.port ? `:${app.port}` : ''}`,
      label: 'The app over plain http',
      who: 'anyone on the network path (public Wi-Fi) who injects a script into an http page',
      browsers: browsersAll,
    });
  }
  for (const origin of exposureThirdParties) {
    seats.push({
      kind: 'third-party',
      origin,
      label: 'Third party anyone can publish on',
      who: 'anyone with a free account there',
      browsers: browsersAll,
    });
  }
  const seen = new Set<string>();
  return seats.filter((seat) => (seen.has(seat.origin) ? false : (seen.add(seat.origin), true)));
}
