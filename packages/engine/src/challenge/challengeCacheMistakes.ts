import type { Challenge } from './challengeTypes.ts';
import { victimRatesMaxAge } from './victimRoute.ts';

/** Challenges where a cache between the browser and the API keeps or spreads a CORS answer. */
export const challengeCacheMistakes: readonly Challenge[] = [
  {
    id: 'vary-cache',
    title: 'No Vary: Origin behind a CDN: one visitor shuts the app out for everyone, and the 304 trap',
    story: `The bank's app shows exchange rates from GET /rates, public data, through the company CDN (cdn.victim.localhost), which keeps each answer for ${victimRatesMaxAge} s. The API allows only the app. To "cache better", someone turned off Vary: Origin. You have no login and no cookie: you only visit the rates from your own site, evil.localhost. Then the bank's app loads its rates.`,
    seat: 'crossSite',
    session: 'cookie-lax',
    goal: 'poison',
    vulnerablePolicy: (stage) => ({
      origin: { mode: 'list', allow: [stage.victimApp] },
      credentials: true,
      varyOrigin: false,
    }),
    fixedPolicy: (stage) => ({
      origin: { mode: 'list', allow: [stage.victimApp] },
      credentials: true,
      varyOrigin: true,
    }),
    exploit: `// Ask the bank's CDN for the public rates from here. The API does not allow this site, so its
// answer carries no Access-Control-Allow-Origin. Who else will get that answer?
try {
  const response = await fetch(\`\${CDN}/rates\`);
  report(\`rates readable here: \${response.status}\`);
} catch (error) {
  report(\`rates unreadable here (\${error}), and the CDN kept that answer\`);
}`,
    expected: {
      chromium:
        "The page cannot read the rates (no Access-Control-Allow-Origin for evil.localhost), but the CDN stored that answer under the URL alone. The bank's app now gets it from the CDN and fails with a CORS error for every user until the entry goes. Solved (the app is shut out). Turn Vary: Origin on: the stored entry is still served, it was stored without Vary. Expire it: the app's next load revalidates, the API answers 304 with the right headers, and the CDN keeps the old ones (the 304 trap; nginx 1.22 does the same, measured). Only a purge clears it.",
      firefox: 'The same as Chromium: the CDN decides, the browser only checks what it is given.',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. The page gets "TypeError: Load failed" for the rates, and the CDN keeps that answer for everyone. Solved (the app is shut out).',
    },
    why: 'A shared cache stores one answer per key. When Access-Control-Allow-Origin depends on the Origin but the answer does not say Vary: Origin, the key is the URL alone, and the first visitor decides what everyone gets. A 304 revalidation refreshes the stored answer without replacing its headers, so fixing the server does not fix what is cached.',
    fix: 'Send Vary: Origin on every answer whose CORS headers depend on the Origin (varyOrigin: true), then purge the CDN: the fix reaches only answers stored after it. For public data, Access-Control-Allow-Origin: * without credentials is the same for everyone and caches safely.',
    questions: [
      {
        question: 'Can an attacker read data this way?',
        answer:
          'No: a stored answer names the origin whose request stored it, so an origin the API refuses never becomes allowed. What it does is let any visitor decide what everyone else gets: a denial of service on the app for as long as the entry lives, started by a page that needs no login.',
      },
      {
        question: 'Why does the CDN tell the browser not to cache?',
        answer:
          'So that everything cached is in one place you can see and purge. Browsers have the same trap in their own HTTP cache: a 304 keeps the cached Access-Control-Allow-* headers.',
      },
    ],
  },
];
