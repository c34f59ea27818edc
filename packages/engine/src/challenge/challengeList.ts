import { challengeCacheMistakes } from './challengeCacheMistakes.ts';
import { challengeOriginMistakes } from './challengeOriginMistakes.ts';
import { challengeServerMistakes } from './challengeServerMistakes.ts';
import { challengeParts } from './challengeParts.ts';
import type { Challenge } from './challengeTypes.ts';

/** The challenges, in teaching order. */
export const challengeList: readonly Challenge[] = [
  {
    id: 'reflect-sibling',
    title: 'Reflected origin + credentials: the blog steals the API key',
    story:
      'The API team wanted every front end to work, so the API reflects whatever Origin arrives and allows credentials. The company blog at blog.victim.localhost runs a plugin you control. Alice is logged in to the app. Make her browser hand you her API key.',
    ...challengeParts.siblingStealsKey,
    expected: {
      chromium:
        'The fetch carries the SameSite=Lax session cookie (the blog is same-site), the API answers with Access-Control-Allow-Origin: http://blog.victim.localhost:… and Allow-Credentials: true, the page reads the key and the collect log shows it. Solved.',
      firefox:
        'The same as Chromium: the cookie travels same-site, the reflected origin lets the page read the key. Solved.',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. The SameSite=Lax cookie travels to the same-site API, the reflected origin lets the blog read the key. Solved.',
    },
    why: "Reflecting the Origin with credentials trusts every origin with the user's session. SameSite does not help: it separates sites, and the blog is the same site as the API.",
    fix: 'Allow exactly the origins of your own front ends (a list), never a reflection. Keep credentials only for them.',
    questions: [
      {
        question: 'Would SameSite=Strict have stopped it?',
        answer:
          'No. Strict cookies are sent to same-site requests, and blog.victim.localhost is the same site as api.victim.localhost.',
      },
      {
        question: 'Why does a CORS error not protect the data?',
        answer:
          'It does, once the policy stops reflecting: the browser then hides the response from the blog. The leak comes from the policy granting access, not from a missing error.',
      },
    ],
  },
  {
    id: 'null-origin',
    title: '`null` allowed: a sandboxed frame reads what needs no cookie',
    story:
      "A developer saw requests with Origin: null from a file:// prototype and added 'null' to the allow-list. Any page can make its requests come from null: a sandboxed iframe does. The billing service's internal endpoint needs no login: it relies on being reachable only from inside.",
    seat: 'null',
    session: 'cookie-lax',
    goal: 'internal',
    vulnerablePolicy: (stage) => ({
      origin: { mode: 'list', allow: [stage.victimApp, 'null'] },
      credentials: true,
    }),
    fixedPolicy: challengeParts.onlyTheApp,
    exploit: challengeParts.stealInternal,
    expected: {
      chromium: `The sandboxed frame's fetch says Origin: null, the API allows it and the internal secret reaches the collect log. Solved. The API key answers 401: ${challengeParts.cookieFacts}`,
      firefox: `The same as Chromium: null is allowed, the internal secret leaks, the API key answers 401 (no cookie from a sandboxed frame).`,
      webkit:
        'Measured in WebKitGTK, from the sandboxed frame and through the cross-origin redirect alike: the request says Origin: null, null is allowed, the internal secret leaks; the API key answers 401 (no cookie arrived). Solved.',
    },
    why: "'null' is not one origin: sandboxed frames, data: URLs, redirected requests and local files all send it, and an attacker can produce any of them.",
    fix: "Remove 'null' from the allowed origins; allow only the origins your front ends really have.",
    questions: [
      { question: 'Why did the API key not leak?', answer: challengeParts.cookieFacts },
      {
        question: 'Is internal data behind the firewall safe?',
        answer:
          "No: the victim's browser is inside the firewall. Whatever the policy lets a page read, any page the user visits can read.",
      },
    ],
  },
  {
    id: 'suffix-regex',
    title: 'An unanchored suffix regex: evilvictim.localhost passes',
    story:
      'The API allows origins matching a regular expression meant to say "anything under victim.localhost". It is only anchored at the end, and has no dot before the domain. You own evilvictim.localhost.',
    seat: 'lookalikePrefix',
    session: 'cookie-lax',
    goal: 'internal',
    vulnerablePolicy: (stage) =>
      challengeParts.regexPolicy(
        `${challengeParts.regexEscape(challengeParts.victimDomain(stage))}(:\\d+)?$`,
        'none',
      ),
    fixedPolicy: challengeParts.onlyTheApp,
    exploit: challengeParts.stealInternal,
    expected: {
      chromium: `The pattern matches http://evilvictim.localhost:…, so the API allows it and the internal secret leaks. Solved. The API key answers 401: evilvictim.localhost is another site, so no cookie travels. ${challengeParts.cookieFacts}`,
      firefox:
        'The same as Chromium: the look-alike is allowed, the internal secret leaks, the API key answers 401 (no cookie cross-site).',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. evilvictim.localhost is allowed, the internal secret leaks, the API key answers 401 (no cookie cross-site). Solved.',
    },
    why: 'An unanchored pattern without the leading dot matches any host that merely ends with the name: evilvictim.localhost ends with victim.localhost.',
    fix: 'List exact origins. If you need a pattern, anchor both ends and require the dot: ^http://app\\.victim\\.localhost(:\\d+)?$.',
    questions: [
      {
        question: 'Would the account leak in an older browser?',
        answer:
          'Yes: where third-party cookies are allowed, a cross-site page gets a SameSite=None session cookie, and this policy would hand the account over too.',
      },
    ],
  },
  {
    id: 'not-csrf',
    title: 'CORS is not CSRF protection: a simple POST moves money',
    story:
      "The API's CORS policy is strict: only the app may read answers. The transfer endpoint also accepts form-encoded bodies. From the blog, make Alice send money to Mallory — you never need to read the answer.",
    seat: 'sibling',
    session: 'cookie-lax',
    goal: 'transfer',
    vulnerablePolicy: challengeParts.onlyTheApp,
    fixedPolicy: (stage) => ({ ...challengeParts.onlyTheApp(stage), rejectDisallowedOrigin: true }),
    exploit: `await fetch(\`\${API}/transfer\`, {
  method: 'POST',
  mode: 'no-cors',
  credentials: 'include',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: 'to=mallory&amount=500',
});
report('transfer sent: the answer is opaque, and not needed');`,
    expected: {
      chromium:
        'A form-encoded POST is a simple request: no preflight. The session cookie travels (same-site), the server moves the money, and only the answer is hidden from the blog. Solved.',
      firefox: 'The same as Chromium: no preflight, the cookie travels, the transfer happens. Solved.',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. No preflight, the session cookie travels (same-site), the server moves the money. Solved.',
    },
    why: 'CORS decides who may read answers, not who may send requests. A simple request (GET, HEAD, POST with a form or text body) is sent without asking.',
    fix: 'Refuse state changes from origins you do not trust before doing them: check Origin (here: the policy\'s "reject disallowed origins", answering 403 without running the route), or require a JSON content type or a custom header, which forces a preflight.',
    questions: [
      {
        question: 'Would SameSite=Strict help?',
        answer:
          'Not against a sibling subdomain: it is the same site. Against another site it would, and so does third-party cookie blocking today.',
      },
    ],
  },
  {
    id: 'cross-site',
    title: 'Cross-site vs same-site: the same exploit from evil.localhost carries no cookie',
    story:
      'The API reflects any origin with credentials, and its session cookie is even SameSite=None. Run the classic theft from your own site, evil.localhost, and see what arrives.',
    seat: 'crossSite',
    session: 'cookie-none',
    goal: 'answer',
    ...challengeParts.reflectingApi,
    exploit: challengeParts.readKeyAnswer,
    expected: {
      chromium:
        'The request arrives without any cookie: evil.localhost is another site and Chromium blocks third-party cookies, SameSite=None included. The API answers 401 and CORS lets evil.localhost read that 401. The policy is wrong, but nothing private leaks. Solved (the answer was read).',
      firefox:
        'The same: Firefox keeps the cookie home (third-party cookies are blocked), the 401 is readable. Solved (the answer was read).',
      webkit:
        "Measured in WebKitGTK: the request arrives without any cookie and evil.localhost reads the 401. Solved (the answer was read). WebKit went further here: the SameSite=None session (a Secure cookie, on the stage's plain http) did not reach the API even from the victim's own app, whose Load my account answered 401 too.",
    },
    why: 'Browsers no longer send cookies to other sites, so "reflect + credentials" leaks only to same-site pages today. A bearer token is not sent automatically at all: the attacker would have to steal it first.',
    fix: 'Allow only your front ends. The browser rules are a safety net, not a policy: older browsers, enterprise settings and same-site attackers still exploit a reflecting API.',
    questions: [
      {
        question: 'What does a bearer token change?',
        answer:
          "The attacker's page has no way to attach it: it lives in the app's storage, on the app's origin. Token theft needs another bug (XSS, a leaking header).",
      },
      {
        question: 'Why SameSite=None here?',
        answer:
          'To show that even the most permissive cookie stays home: third-party cookie blocking, not SameSite, stops it.',
      },
    ],
  },
  ...challengeOriginMistakes,
  ...challengeServerMistakes,
  ...challengeCacheMistakes,
];

/** The challenge with this id, or undefined. */
export function challengeFind(id: string): Challenge | undefined {
  return challengeList.find((challenge) => challenge.id === id);
}
