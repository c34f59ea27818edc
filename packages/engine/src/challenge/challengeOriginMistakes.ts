import { urlParse } from '../http/urlParse.ts';
import { challengeParts } from './challengeParts.ts';
import type { Challenge, ChallengeStage } from './challengeTypes.ts';

/** `:5175` when the victim's app has a port, so wildcard entries match it. */
function challengePort(stage: ChallengeStage): string {
  const port = urlParse(stage.victimApp)?.port ?? '';
  return port === '' ? '' : `:${port}`;
}

const lookalikeNoCookie = `The API key answers 401: the look-alike is another site, so no cookie travels. ${challengeParts.cookieFacts}`;

/** More ways an origin check goes wrong, and what credentials and tokens change. */
export const challengeOriginMistakes: readonly Challenge[] = [
  {
    id: 'prefix-check',
    title: 'A prefix check: victim.localhost.evil.localhost starts the right way',
    story:
      'The API checks the origin with re.match (anchored at the start only) against http://(app.)?victim.localhost, meaning "our app or our bare domain". You own victim.localhost.evil.localhost.',
    seat: 'lookalikeSuffix',
    session: 'cookie-lax',
    goal: 'internal',
    vulnerablePolicy: (stage) =>
      challengeParts.regexPolicy(
        `http://(app\\.)?${challengeParts.regexEscape(challengeParts.victimDomain(stage))}`,
        'start',
      ),
    fixedPolicy: challengeParts.onlyTheApp,
    exploit: challengeParts.stealInternal,
    expected: {
      chromium: `http://victim.localhost.evil.localhost:… starts with the allowed text, so the internal secret leaks. Solved. ${lookalikeNoCookie}`,
      firefox:
        'The same as Chromium: allowed by the prefix, the internal secret leaks, the API key answers 401.',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. Allowed by the prefix, the internal secret leaks, the API key answers 401 (no cookie cross-site). Solved.',
    },
    why: 'A match anchored only at the start accepts anything that begins with the allowed text, including a longer host name under another domain.',
    fix: 'Anchor both ends (fullmatch, ^…$) or compare exact origins.',
    questions: [
      {
        question: 'Is startsWith() the same mistake?',
        answer: 'Yes: origin.startsWith("http://victim.localhost") is this check.',
      },
    ],
  },
  {
    id: 'unescaped-dot',
    title: 'An unescaped dot: app-victim.localhost matches app.victim',
    story:
      'The pattern ^http://app.victim\\.localhost(:\\d+)?$ is anchored at both ends, but the first dot is not escaped: it matches any character. You own app-victim.localhost.',
    seat: 'lookalikeDot',
    session: 'cookie-lax',
    goal: 'internal',
    vulnerablePolicy: (stage) =>
      challengeParts.regexPolicy(
        `^http://app.${challengeParts.regexEscape(challengeParts.victimDomain(stage))}(:\\d+)?$`,
        'both',
      ),
    fixedPolicy: challengeParts.onlyTheApp,
    exploit: challengeParts.stealInternal,
    expected: {
      chromium: `The dot matches the "-", so http://app-victim.localhost:… is allowed and the internal secret leaks. Solved. ${lookalikeNoCookie}`,
      firefox:
        'The same as Chromium: the look-alike is allowed, the internal secret leaks, the API key answers 401.',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. The look-alike is allowed, the internal secret leaks, the API key answers 401 (no cookie cross-site). Solved.',
    },
    why: 'In a regular expression "." is any character. Host names are full of dots; every one must be written \\.',
    fix: 'Escape every dot (app\\.victim\\.localhost), or list exact origins instead of patterns.',
    questions: [
      {
        question: 'How do I find these?',
        answer:
          'The policy audit flags unescaped dots; so does testing the pattern with a host that swaps a dot for a letter.',
      },
    ],
  },
  {
    id: 'wildcard-sibling',
    title: 'Trusting every subdomain: a compromised sibling reads the account',
    story:
      'The API trusts http://*.victim.localhost with credentials, and the session cookie is SameSite=Strict, "so only our own sites get it". The blog, a forgotten WordPress, was compromised: you control its pages.',
    seat: 'sibling',
    session: 'cookie-strict',
    goal: 'apiKey',
    vulnerablePolicy: (stage) => ({
      origin: {
        mode: 'list',
        allow: [`http://*.${challengeParts.victimDomain(stage)}${challengePort(stage)}`],
      },
      credentials: true,
    }),
    fixedPolicy: challengeParts.onlyTheApp,
    exploit: challengeParts.stealKey,
    expected: {
      chromium:
        'The blog is same-site: the SameSite=Strict cookie travels, the wildcard allows the blog, the API key leaks. Solved.',
      firefox: 'The same as Chromium: Strict cookies go to same-site requests; the key leaks. Solved.',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. The SameSite=Strict cookie goes to the same-site API, the wildcard allows the blog, the key leaks. Solved.',
    },
    why: 'A wildcard makes the weakest subdomain as trusted as the app. SameSite=Strict cannot help: every subdomain is the same site.',
    fix: 'List the front ends that need credentials; keep user content and third-party hosted sites on another registrable domain.',
    questions: [
      {
        question: 'Would a separate domain for the blog help?',
        answer:
          'Yes: then it is cross-site, the browser keeps the cookie home, and the wildcard no longer matches it.',
      },
    ],
  },
  {
    id: 'star-then-reflect',
    title: '"*" with credentials was refused, so the developer reflected the origin',
    story:
      'First the API sent Access-Control-Allow-Origin: * with credentials. Every browser refused it and the app broke. The quick "fix" was to reflect whatever Origin arrives. The blog is yours.',
    ...challengeParts.siblingStealsKey,
    expected: {
      chromium:
        'Reflection satisfies the browser\'s rule for credentials and hands the key to the blog. Solved. (Set origin mode "any" to see the original failure: the app cannot read its own account.)',
      firefox: 'The same as Chromium. Solved.',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. The reflected origin and credentials hand the key to the blog. Solved.',
    },
    why: 'The browser refuses "*" with credentials on purpose. Reflecting the origin removes that safety and grants every origin what "*" would have.',
    fix: 'Answer with the one allowed origin that asked (an allow-list lookup), never the raw Origin.',
    questions: [
      {
        question: 'Why does the browser refuse "*" with credentials?',
        answer: 'Because "*" means "anyone", and anyone must not read what the user\'s cookies unlock.',
      },
    ],
  },
  {
    id: 'internal-star',
    title: '"*" on internal data: the victim\'s browser is inside the network',
    story:
      'The internal billing endpoint needs no login ("it is only reachable from the office") and was given Access-Control-Allow-Origin: * so dashboards could call it. You own evil.localhost.',
    seat: 'crossSite',
    session: 'cookie-lax',
    goal: 'internal',
    vulnerablePolicy: (stage) => ({
      ...challengeParts.onlyTheApp(stage),
      paths: [{ path: '^/internal', override: { origin: { mode: 'any' }, credentials: false } }],
    }),
    fixedPolicy: challengeParts.onlyTheApp,
    exploit: `const response = await fetch(\`\${API}/internal\`);
report(await response.text());`,
    expected: {
      chromium:
        'No cookie is needed: the fetch omits credentials, "*" allows any origin, and the internal secret leaks. Solved.',
      firefox: 'The same as Chromium. Solved.',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. No cookie is needed, "*" allows evil.localhost, the internal secret leaks. Solved.',
    },
    why: 'Network position is not authentication. "*" lets every page the user opens read the answer, through the user\'s browser.',
    fix: 'Remove "*" from internal endpoints; authenticate them, or list the dashboards\' origins.',
    questions: [
      {
        question: 'Does Private Network Access stop this?',
        answer:
          'Not here: the page and the API are both on loopback. It targets public pages calling private addresses.',
      },
    ],
  },
  {
    id: 'bearer-sibling',
    title: 'The same theft against a bearer token: nothing is attached',
    story:
      "Same reflecting API, but the app now keeps a bearer token in its own storage and sends it as Authorization. Run the blog's exploit again.",
    seat: 'sibling',
    session: 'bearer',
    goal: 'answer',
    ...challengeParts.reflectingApi,
    exploit: challengeParts.readKeyAnswer,
    expected: {
      chromium:
        'The blog reads the answer, a 401: browsers attach cookies on their own, never an Authorization header. The policy is still wrong. Solved (the answer was read).',
      firefox: 'The same as Chromium. Solved (the answer was read).',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. The blog reads a 401: no cookie and no Authorization header reached the API. Solved (the answer was read).',
    },
    why: "A bearer token leaves only when the app's own code sends it, so a permissive CORS policy alone leaks nothing private.",
    fix: 'Allow only the app. Keep the token away from other origins (no exposed headers, no storage another origin can read).',
    questions: [
      {
        question: 'So bearer tokens make CORS safe?',
        answer:
          'They remove ambient authority. An XSS, a token in a URL or an exposed header still leaks the token itself.',
      },
    ],
  },
  {
    id: 'token-mint',
    title: 'Minting a token from the session: the blog walks away with a bearer token',
    story:
      'For its mobile views the app calls POST /token, which turns the session cookie into a bearer token. The API reflects origins with credentials. A token lasts longer than a visit.',
    seat: 'sibling',
    session: 'cookie-lax',
    goal: 'token',
    ...challengeParts.reflectingApi,
    exploit: `// A POST without a body is a simple request: no preflight.
const response = await fetch(\`\${API}/token\`, { method: 'POST', credentials: 'include' });
report(await response.text());`,
    expected: {
      chromium:
        'The session cookie travels same-site, the API mints a token and the reflected origin lets the blog read it. Solved.',
      firefox: 'The same as Chromium. Solved.',
      webkit:
        'Measured in WebKitGTK: the same as Chromium. The session cookie travels same-site, the API mints a token, the blog reads it. Solved.',
    },
    why: 'An endpoint that exchanges ambient credentials for portable ones turns one readable answer into lasting access.',
    fix: 'Allow only the app, and require a preflighted request (JSON body or a custom header) on token endpoints.',
    questions: [
      {
        question: 'Why no preflight?',
        answer:
          'POST with no body (or a form or text body) is a simple request: the browser sends it without asking.',
      },
    ],
  },
];
