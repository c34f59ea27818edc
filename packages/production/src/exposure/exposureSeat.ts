import { siteOf, type BrowserName } from '@cors-playground/engine';
import type { AttackClass, AttackWho, AuditAttack } from '../audit/auditAttack.ts';
import { ownOriginParse, ownOriginText, type OwnOrigin } from '../audit/ownOrigin.ts';

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
  /** The modelled browsers that can send this origin at all (some hosts parse only in some browsers). */
  browsers: readonly BrowserName[];
  /** Why no modelled browser sends it, when none does (a host only Safari loads). */
  note?: string;
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
  /** Attacker origins the audit found granted (`auditAttacks`): each becomes a row. Default none. */
  attacks?: readonly Pick<AuditAttack, 'origin' | 'class' | 'who' | 'browsers'>[];
}

const browsersAll: readonly BrowserName[] = ['chromium', 'firefox', 'webkit'];

/** Third parties anyone can publish on; shown even when not granted, so "blocked" is visible too. */
const exposureThirdParties = ['https://attacker.github.io', 'https://fiddle.jshell.net'];

/** Where each attack class sits among the rows. */
const exposureSeatKinds: Record<AttackClass, ExposureSeatKind> = {
  reflection: 'lookalike',
  prefix: 'lookalike',
  suffix: 'lookalike',
  'unescaped-dot': 'lookalike',
  'special-character': 'lookalike',
  'any-subdomain': 'sibling',
  null: 'null',
  'http-downgrade': 'downgrade',
  'public-suffix': 'third-party',
  'code-hosting': 'third-party',
};

const exposureSeatOrder: readonly ExposureSeatKind[] = [
  'app',
  'sibling',
  'cross-site',
  'lookalike',
  'null',
  'downgrade',
  'third-party',
];

const exposureWhoWords: Record<AttackWho, string> = {
  anyone: 'anyone who registers such a name',
  'needs-subdomain': 'whoever controls or takes over a subdomain of your domain',
  'needs-network-position': 'anyone on the network path (public Wi-Fi) who injects into plain-http traffic',
};

/** Splits an http(s) origin the caller was given; anything else is a programming error. */
function exposureOwnOrigin(origin: string): OwnOrigin {
  const own = ownOriginParse(origin);
  if (!own) throw new Error(`the exposure map needs an http(s) origin, not ${origin}`);
  return own;
}

/** `blog.<registrable domain>` on the API's scheme and port: the same site, another origin. */
function exposureSiblingDefault(apiOrigin: string): string {
  const api = exposureOwnOrigin(apiOrigin);
  const domain = siteOf(apiOrigin)?.domain ?? api.host;
  // A bare public suffix (`localhost`) has no subdomain on the same site: another port is the sibling.
  if (domain === api.host && !domain.includes('.')) {
    return ownOriginText({ ...api, port: `:${(Number(api.port.slice(1)) || 80) + 1}` });
  }
  return ownOriginText({ ...api, host: `blog.${domain}` });
}

/**
 * The rows of the exposure map: the app, a same-site sibling, a cross-site page, every granted
 * attacker origin, `null`, the `http` downgrade of the app, and third parties, in that order.
 */
export function exposureSeats(options: ExposureSeatsOptions): ExposureSeat[] {
  const app = exposureOwnOrigin(options.appOrigin);
  const appOrigin = ownOriginText(app);
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
  seats.push({
    kind: 'null',
    origin: 'null',
    label: 'null (sandboxed frame, file:, some redirects)',
    who: 'anyone: a sandboxed iframe on any site',
    browsers: browsersAll,
  });
  if (app.scheme === 'https') {
    seats.push({
      kind: 'downgrade',
      origin: ownOriginText({ ...app, scheme: 'http' }),
      label: 'The app over plain http',
      who: 'anyone on the network path (public Wi-Fi) who injects a script into an http page',
      browsers: browsersAll,
    });
  }
  const attacks = options.attacks ?? [];
  // The audit's own third parties replace the stock ones when it found any granted.
  const thirdParties = attacks.some((a) => exposureSeatKinds[a.class] === 'third-party')
    ? []
    : exposureThirdParties;
  for (const origin of thirdParties) {
    seats.push({
      kind: 'third-party',
      origin,
      label: 'Third party anyone can publish on',
      who: 'anyone with a free account there',
      browsers: browsersAll,
    });
  }
  for (const attack of attacks) {
    const kind = exposureSeatKinds[attack.class];
    const browsers = browsersAll.filter((browser) => attack.browsers.includes(browser));
    seats.push({
      kind,
      origin: attack.origin,
      label: `${kind === 'lookalike' ? 'Look-alike' : 'Attacker'} (${attack.class})`,
      who: exposureWhoWords[attack.who],
      browsers,
      ...(browsers.length === 0
        ? {
            note: `Only ${attack.browsers.join(', ')} sends this origin; the simulator models Chromium, Firefox and WebKit.`,
          }
        : {}),
    });
  }
  // One row per origin, the stock seat first (the audit's null and http twin are the same seats).
  const seen = new Set<string>();
  return seats
    .filter((seat) => (seen.has(seat.origin) ? false : (seen.add(seat.origin), true)))
    .sort((a, b) => exposureSeatOrder.indexOf(a.kind) - exposureSeatOrder.indexOf(b.kind));
}
