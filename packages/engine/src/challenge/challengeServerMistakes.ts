import { challengeParts } from './challengeParts.ts';
import type { Challenge } from './challengeTypes.ts';
import { victimRefreshHeader, victimTransferLimit } from './victimRoute.ts';

/**
 * Challenges where the origin check is right and something else around it leaks or misleads: an
 * exposed header, the browser's preflight cache, error answers without CORS headers.
 */
export const challengeServerMistakes: readonly Challenge[] = [
  {
    id: 'exposed-token',
    title: 'Access-Control-Expose-Headers: the widget reads the session token',
    story: `The blog shows "Signed in as alice" with a widget that reads GET /account, so a path rule lets the blog read that route (and only that one). The app renews its session from a header on every account answer, ${victimRefreshHeader}, and the policy exposes it so the app can read it. The blog is yours. Take Alice's token.`,
    seat: 'sibling',
    session: 'cookie-lax',
    goal: 'token',
    vulnerablePolicy: (stage) => ({
      ...challengeParts.onlyTheApp(stage),
      exposeHeaders: [victimRefreshHeader],
      paths: [
        {
          path: '^/account$',
          override: { origin: { mode: 'list', allow: [stage.victimApp, stage.attackers.sibling] } },
        },
      ],
    }),
    fixedPolicy: (stage) => ({
      ...challengeParts.onlyTheApp(stage),
      paths: [
        {
          path: '^/account$',
          override: {
            origin: { mode: 'list', allow: [stage.victimApp, stage.attackers.sibling] },
            exposeHeaders: [],
          },
        },
      ],
    }),
    exploit: `// The blog may read /account (its widget). What else comes with that answer?
const response = await fetch(\`\${API}/account\`, { credentials: 'include' });
report(\`\${await response.text()} ${victimRefreshHeader}: \${response.headers.get('${victimRefreshHeader}')}\`);`,
    expected: {
      chromium: `The session cookie travels (the blog is same-site), the path rule lets the blog read /account, and Access-Control-Expose-Headers: ${victimRefreshHeader} makes the header readable too: the token reaches the collect log. Solved. After the fix the body is still readable and the header reads null.`,
      firefox: 'The same as Chromium. Solved; after the fix the header reads null.',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. The cookie travels same-site, the body and the exposed refresh-token header reach the collect log. Solved.',
    },
    why: 'A page that may read an answer sees its body and only the safelisted headers. Access-Control-Expose-Headers hands it more, to every origin the rule allows, not only to the app the developer had in mind.',
    fix: `Expose a header only on routes that only your own app may read: in the rule that lets the blog in, expose nothing (exposeHeaders: []). Better still, never put a credential in a header that a widget's route returns.`,
    questions: [
      {
        question: 'Would exposeHeaders: ["*"] have been safer?',
        answer:
          'In a credentialed request, yes by accident: with credentials the browser reads * as a header literally named "*", so it exposes nothing. Without credentials * exposes every header (Set-Cookie never).',
      },
      {
        question: 'The body was readable all along: why is the header worse?',
        answer:
          'The body holds a name and an e-mail the widget is meant to show. The header holds a credential that works from anywhere, long after Alice has left the blog.',
      },
    ],
  },
  {
    id: 'preflight-cache',
    title: 'A removed origin keeps its permission: the preflight cache',
    story:
      "Until today the blog's admin widget made JSON transfers, so the API allowed the blog and told browsers to remember each preflight for a day (Access-Control-Max-Age: 86400). The widget is retired. Run the blog's transfer while the blog is still allowed; then remove the blog from the policy, and run it again.",
    seat: 'sibling',
    session: 'cookie-lax',
    goal: 'transfer',
    vulnerablePolicy: (stage) => ({
      origin: { mode: 'list', allow: [stage.victimApp, stage.attackers.sibling] },
      credentials: true,
      maxAge: 86400,
    }),
    fixedPolicy: (stage) => ({ ...challengeParts.onlyTheApp(stage), rejectDisallowedOrigin: true }),
    exploit: `// A JSON body needs a preflight: does the browser still ask?
try {
  const response = await fetch(\`\${API}/transfer\`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ to: 'mallory', amount: 100 }),
  });
  report(\`transfer sent, answer readable: \${response.status}\`);
} catch (error) {
  report(\`answer unreadable (\${error}): did the money move anyway?\`);
}`,
    expected: {
      chromium:
        'First run: OPTIONS, then the POST; the money moves. Solved. Remove the blog from the list and run again: no OPTIONS in the server log, because Chromium reuses the cached preflight (it keeps one for at most 7200 s), so the POST goes out with the cookie and the money moves again; only the answer is unreadable. With rejectDisallowedOrigin the API answers that POST 403 without moving money.',
      firefox:
        'The first two runs as in Chromium (Firefox keeps a preflight for up to 86400 s: a removed permission lives on for a day). But when an answer then fails its CORS check, Firefox drops that cached preflight: a third run asks again, the preflight is refused, and no POST is sent. Chromium keeps the entry and sends the POST, which rejectDisallowedOrigin answers 403.',
      webkit:
        'Measured in WebKitGTK: first run OPTIONS, then the POST; the money moves. Solved. With the blog removed, the second and third runs send no OPTIONS: WebKit reuses the cached preflight and, like Chromium, keeps it after an answer fails its CORS check, so the POST goes out with the cookie each time, the money moves and the page gets "TypeError: Load failed". WebKit keeps a preflight for at most 10 minutes whatever Max-Age says (measured: still cached after 590 s, asked again after 615 s). rejectDisallowedOrigin works on the server, whatever the browser cached.',
    },
    why: 'A preflight answer is a permission the browser caches for Access-Control-Max-Age seconds, per origin and URL. Changing the policy does not reach those caches; the next request is sent without asking.',
    fix: 'Check the Origin on the request itself, not only on the preflight: refuse state changes from origins you do not allow (rejectDisallowedOrigin: a 403 without running the route). Keep Max-Age short (minutes) on APIs whose policy may change.',
    questions: [
      {
        question: 'Can the server clear the browser’s preflight cache?',
        answer:
          'No. The entry goes when it expires or the user clears their data; Firefox also drops it when an answer fails its CORS check; Chromium and WebKit (measured here) do not. That is why the real check belongs on the request itself.',
      },
      {
        question: 'Would Max-Age: 0 help?',
        answer:
          'It stops caching, at the price of a preflight before every non-simple request. A short value (e.g. 600) is the usual compromise.',
      },
    ],
  },
  {
    id: 'errors-without-cors',
    title: 'A "CORS error" that is not: the error answer lost its headers, and the "fix" reflects everything',
    story: `Transfers over the daily limit (${victimTransferLimit}) show "TypeError: Failed to fetch" in the app ("Load failed" in Safari) and a CORS error in the console. The API's error handler drops the CORS headers. A developer concluded CORS was too strict and made the API reflect every origin with credentials: the error is still there. The blog is yours: take the API key. Then fix both: the app must read its 422.`,
    seat: 'sibling',
    session: 'cookie-lax',
    goal: 'apiKey',
    vulnerablePolicy: () => ({ ...challengeParts.reflecting(), corsOnErrors: false }),
    startsBroken: true,
    fixedPolicy: (stage) => ({ ...challengeParts.onlyTheApp(stage), corsOnErrors: true }),
    exploit: `// An error answer without CORS headers: what does a page see?
try {
  const missing = await fetch(\`\${API}/no-such-route\`, { credentials: 'include' });
  report(\`no-such-route: \${missing.status}\`);
} catch (error) {
  report(\`no-such-route: \${error} (the server's log says 404)\`);
}
${challengeParts.stealKey}`,
    expected: {
      chromium:
        'The 404 reaches the page as "TypeError: Failed to fetch" and the console blames CORS, though the server answered. The API key is a 200, so the reflected origin hands it over. Solved.',
      firefox:
        'The same: "TypeError: NetworkError when attempting to fetch resource." for the 404, the key is read. Solved.',
      webkit:
        'Measured in WebKitGTK: the 404 reaches the page as "TypeError: Load failed" (Safari\'s words for every network error, CORS included), though the server answered. The API key is a 200 and the reflected origin hands it over. Solved.',
    },
    why: 'A browser shows an error answer to the page only if it carries the CORS headers too. Without them every 4xx and 5xx looks like a CORS failure, and developers loosen the policy instead of fixing the error handler.',
    fix: `Send CORS headers on error answers (corsOnErrors: true; in Express, register cors before the routes and the error handler), and allow only the app. The app then reads "422 Over the daily limit".`,
    questions: [
      {
        question: 'How do I tell a real CORS refusal from an error without headers?',
        answer:
          'Look at the status the server logged (here the victim API log, in a browser the Network tab): a 4xx or 5xx with no Access-Control-Allow-Origin is an error the server failed to label, not a refusal.',
      },
      {
        question: 'Is reflecting on error answers dangerous?',
        answer:
          'Only as dangerous as the policy: error answers carry the same headers as successes. Reflecting everywhere is the leak.',
      },
    ],
  },
];
