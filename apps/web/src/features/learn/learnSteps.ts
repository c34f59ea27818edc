import { headerListGet, type PolicyInput } from '@cors-playground/engine';
import type { RequestDraft, SendRecord } from '@cors-playground/client';

/** The playground's real origins, so every text names what the learner's browser really uses. */
export interface LearnOrigins {
  /** This page, e.g. `http://localhost:5173`. */
  app: string;
  /** The lab API, e.g. `http://localhost:4000`. */
  api: string;
}

/** One stop on the guided path: a few sentences, a "Try it", and a question answered by doing. */
export interface LearnStep {
  /** URL segment: `/learn/<id>`. */
  id: string;
  title: string;
  paragraphs: (o: LearnOrigins) => string[];
  /** What "Try it" puts in place: the live policy and the request builder. */
  tryPolicy: (o: LearnOrigins) => PolicyInput;
  tryRequest: Partial<RequestDraft>;
  /** The task, phrased as the question the send answers. */
  question: (o: LearnOrigins) => string;
  /** Whether a finished send answers the question. */
  check: (record: SendRecord) => boolean;
  /** Said once the check passes. */
  answer: string;
}

const readable = (r: SendRecord) => r.js?.ok === true && (r.js.status ?? 0) < 400;
const blocked = (r: SendRecord) => r.js !== null && !r.js.ok;
const pathIs = (r: SendRecord, path: string) => r.draft.path.split('?')[0] === path;
const listed = (o: LearnOrigins): PolicyInput => ({ origin: { mode: 'list', allow: [o.app] } });

/** The path in the order a newcomer needs it: the rule first, then each header that relaxes it. */
export const learnSteps: LearnStep[] = [
  {
    id: 'same-origin',
    title: 'The Same-Origin Policy',
    paragraphs: (o) => [
      `An origin is scheme + host + port. This page is ${o.app}; the API is ${o.api}: same host, another port, so another origin.`,
      'A page may send requests anywhere, but the browser lets its script read a response only from its own origin, unless the server says otherwise. That rule is the Same-Origin Policy; CORS is how a server says otherwise.',
    ],
    tryPolicy: () => ({ origin: { mode: 'list', allow: [] } }),
    tryRequest: { path: '/data', method: 'GET', headers: [], credentials: 'same-origin', body: null },
    question: (o) => `The API allows no other origin. Send GET /data from ${o.app}: can your script read it?`,
    check: (r) => blocked(r) && pathIs(r, '/data'),
    answer:
      'No: the server answered (see its log), but the browser kept the response from the script. Blocking happens in the browser, after the request.',
  },
  {
    id: 'cookies',
    title: 'Cookies, tokens, and why reading is dangerous',
    paragraphs: () => [
      'Your browser attaches your cookies to requests, whichever page sends them. If any page could read the answers, a site you visit could read your mail or your bank account through your own logged-in browser.',
      'That is why the default is "no": the server must name the pages it trusts, and trust them with cookies explicitly.',
    ],
    tryPolicy: (o) => ({ ...listed(o), credentials: true }),
    tryRequest: { path: '/login', method: 'GET', headers: [], credentials: 'include', body: null },
    question: () =>
      "Send /login with credentials: 'include' (it sets a session cookie), then change the path to /private and send again. Does /private answer 200?",
    check: (r) => readable(r) && pathIs(r, '/private'),
    answer:
      'Yes: the cookie went along and the server trusted this page with it. A page the server does not name would get nothing.',
  },
  {
    id: 'allow-origin',
    title: 'Access-Control-Allow-Origin',
    paragraphs: (o) => [
      `The server opts in with one response header: Access-Control-Allow-Origin: ${o.app}. The browser compares it with the page's origin, exactly, and only then lets the script read.`,
    ],
    tryPolicy: () => ({ origin: { mode: 'list', allow: [] } }),
    tryRequest: { path: '/data', method: 'GET', headers: [], credentials: 'same-origin', body: null },
    question: (o) =>
      `Make GET /data readable: tick "Allow ${o.app}" in the policy (or add it to the allowed origins), then send.`,
    check: (r) => readable(r) && pathIs(r, '/data') && r.policy?.origin.mode === 'list',
    answer: 'The server now names this page, so the browser hands the response to the script.',
  },
  {
    id: 'wildcard',
    title: 'Why * is a bad idea',
    paragraphs: () => [
      "Access-Control-Allow-Origin: * lets every website read the answer. Fine for truly public data; wrong for anything behind a login, an intranet or an IP allow-list, because any page can read it through the visitor's browser.",
      'Browsers refuse * when the request carries cookies: a server must name the origin it trusts with credentials.',
    ],
    tryPolicy: () => ({ origin: { mode: 'any' }, credentials: true }),
    tryRequest: { path: '/data', method: 'GET', headers: [], credentials: 'include', body: null },
    question: () =>
      "The policy sends *. Send GET /data with credentials: 'include': what does the browser do?",
    check: (r) => blocked(r) && r.trace?.failure?.code === 'wildcard-origin-with-credentials',
    answer: 'Blocked: * never covers a request with cookies. Name the origin instead.',
  },
  {
    id: 'preflight',
    title: 'Methods and the preflight',
    paragraphs: () => [
      'GET, HEAD and POST with plain headers go straight out. For anything else (PUT, DELETE, a JSON Content-Type, an Authorization header) the browser first asks: it sends an OPTIONS "preflight" and waits for permission.',
      'The server grants methods with Access-Control-Allow-Methods.',
    ],
    tryPolicy: (o) => ({ ...listed(o), allowMethods: { mode: 'list', values: ['GET', 'POST'] } }),
    tryRequest: { path: '/echo', method: 'PUT', headers: [], credentials: 'same-origin', body: null },
    question: () =>
      "Send the PUT and read the verdict; then allow PUT in the policy's methods and send again. Does it pass?",
    check: (r) => readable(r) && r.draft.method.toUpperCase() === 'PUT' && r.trace?.preflight.needed === true,
    answer: 'Yes: the preflight now lists PUT, so the browser sends the real request.',
  },
  {
    id: 'request-headers',
    title: 'Request headers',
    paragraphs: () => [
      'A few plain headers need no permission. Others, like Authorization or Content-Type: application/json, must be granted in the preflight answer with Access-Control-Allow-Headers.',
    ],
    tryPolicy: (o) => ({ ...listed(o), allowHeaders: { mode: 'list', values: ['Content-Type'] } }),
    tryRequest: {
      path: '/data',
      method: 'GET',
      headers: [['Authorization', 'Bearer token-123']],
      credentials: 'same-origin',
      body: null,
    },
    question: () =>
      'The request sends Authorization. Make it pass: allow that header in the policy, then send.',
    check: (r) => readable(r) && headerListGet(r.draft.headers, 'authorization') !== null,
    answer: 'The preflight now allows authorization, so the request goes out and the answer is readable.',
  },
  {
    id: 'credentials',
    title: 'Credentials',
    paragraphs: () => [
      "fetch() sends cookies to another origin only with credentials: 'include', and then the browser shares the answer only if the server also says Access-Control-Allow-Credentials: true (and names the origin, never *).",
    ],
    tryPolicy: (o) => ({ ...listed(o), credentials: false }),
    tryRequest: { path: '/private', method: 'GET', headers: [], credentials: 'include', body: null },
    question: () =>
      "Read /private with credentials: 'include' (send /login first if you have no session). What must the policy allow?",
    check: (r) => readable(r) && pathIs(r, '/private') && r.draft.credentials === 'include',
    answer: 'Credentials allowed, origin named, cookie sent: the private answer is readable.',
  },
  {
    id: 'expose-headers',
    title: 'Exposing response headers',
    paragraphs: () => [
      'Even a readable response shows the script only a few plain headers. Any other header (X-Request-Id, a pagination link) must be listed in Access-Control-Expose-Headers.',
    ],
    tryPolicy: (o) => ({ ...listed(o), exposeHeaders: [] }),
    tryRequest: { path: '/headers', method: 'GET', headers: [], credentials: 'same-origin', body: null },
    question: () => 'GET /headers sends X-Request-Id. Make the script able to read it, then send.',
    check: (r) => readable(r) && headerListGet(r.js?.headers ?? [], 'x-request-id') !== null,
    answer: 'Listed in Access-Control-Expose-Headers, X-Request-Id is now in response.headers.',
  },
  {
    id: 'real-server',
    title: 'Configuring a real server',
    paragraphs: (o) => [
      `Express: app.use(cors({ origin: ['${o.app}'], credentials: true })). Django (django-cors-headers): CORS_ALLOWED_ORIGINS = ['${o.app}'] and CORS_ALLOW_CREDENTIALS = True. Symfony (NelmioCorsBundle): allow_origin: ['${o.app}'], allow_credentials: true.`,
      'List exact origins, never reflect whatever arrives, and keep CORS headers on error responses. "Check my server" exports the live policy to your framework and analyses your real server\'s answers.',
    ],
    tryPolicy: (o) => ({ ...listed(o), credentials: true, exposeHeaders: ['X-Request-Id'] }),
    tryRequest: { path: '/data', method: 'GET', headers: [], credentials: 'include', body: null },
    question: () => 'With this sound policy in place, send: is the answer readable with cookies?',
    check: (r) => readable(r) && r.draft.credentials === 'include' && r.policy?.origin.mode === 'list',
    answer: 'That is the configuration to take to production: exact origins, credentials only where needed.',
  },
];
