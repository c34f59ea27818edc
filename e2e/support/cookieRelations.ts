import { testOrigins } from './testOrigins.ts';

/** How the fetching page relates to the API: one page load each in the cookie-rule matrix. */
export interface CookieRelation {
  name: string;
  /** The top-level page to load. */
  page: string;
  /** Fetch from the page's sandboxed (opaque-origin) frame instead of the page itself. */
  frame?: boolean;
  /** What the page fetches first. */
  fetch: string;
  /** Where the fetch ends up (after `redirects`). */
  target: string;
}

const stage = testOrigins.stage;
const apiEcho = `${stage.victimApi}/cookie-rules/api/echo`;
const redirectVia = (origin: string) =>
  `${origin}/cookie-rules/api/redirect?status=307&to=${encodeURIComponent(apiEcho)}`;
const pageOn = (origin: string) => `${origin}/cookie-rules/page`;

export const cookieRelations: CookieRelation[] = [
  { name: 'same origin', page: pageOn(stage.victimApi), fetch: apiEcho, target: apiEcho },
  {
    name: 'same site, other port',
    page: `http://${new URL(stage.victimApi).hostname}:${testOrigins.otherPort}/`,
    fetch: apiEcho,
    target: apiEcho,
  },
  { name: 'same-site sibling', page: pageOn(stage.victimApp), fetch: apiEcho, target: apiEcho },
  { name: 'cross-site', page: pageOn(stage.crossSite), fetch: apiEcho, target: apiEcho },
  { name: 'look-alike (cross-site)', page: pageOn(stage.lookalikeSuffix), fetch: apiEcho, target: apiEcho },
  {
    name: '127.0.0.1 to localhost',
    page: pageOn(stage.loopbackIp),
    fetch: `${stage.localhost}/cookie-rules/api/echo`,
    target: `${stage.localhost}/cookie-rules/api/echo`,
  },
  {
    name: 'sandboxed frame (null) in a sibling',
    page: `${pageOn(stage.victimApp)}?frame=sandboxed`,
    frame: true,
    fetch: apiEcho,
    target: apiEcho,
  },
  {
    name: 'sibling, redirected through another site',
    page: pageOn(stage.victimApp),
    fetch: redirectVia(stage.crossSite),
    target: apiEcho,
  },
  {
    name: 'sibling, redirected through a sibling',
    page: pageOn(stage.victimApp),
    fetch: redirectVia(stage.sibling),
    target: apiEcho,
  },
];

/** Where the API sets the matrix's cookies (top-level loads, so every one is first-party). */
export const cookieRuleSetters = [
  `${stage.victimApi}/cookie-rules/set`,
  `${stage.localhost}/cookie-rules/set`,
];
