import { headerListGet, type ChallengeStage, type ServerRequest } from '@cors-playground/engine';
import type { ChallengeEvidence } from '@cors-playground/protocol';

/** Bounds of the evidence an attempt keeps, and a workshop's file holds (docs/bounds.md). */
export const challengeEvidenceLimits = { headers: 32, headerChars: 512, bodyChars: 2048 };

/** Request headers whose values are the victim's session: kept by name only. */
const sessionHeader = /^(cookie|authorization)$/i;

/** The attacker seat `origin` belongs to, `null` for an opaque origin, or undefined: no attacker's. */
export function challengeEvidenceSeat(stage: ChallengeStage, origin: string | null): string | undefined {
  if (origin === 'null') return 'null';
  return Object.entries(stage.attackers).find(([, seat]) => seat === origin)?.[0];
}

/**
 * What the victim's API received, as evidence of an exploit, when it came from an attacker seat's
 * origin (its `Origin` header, which a browser sets and a page cannot); undefined otherwise (no
 * `Origin`: curl or a script, or a preflight, which carries nothing).
 */
export function challengeEvidence(
  stage: ChallengeStage,
  request: ServerRequest,
  /** The request's path on the API, after the stage token. */
  path: string,
  sessionTravelled: boolean,
): ChallengeEvidence | undefined {
  const origin = headerListGet(request.headers, 'origin');
  const seat = challengeEvidenceSeat(stage, origin);
  if (origin === null || seat === undefined || request.method === 'OPTIONS') return undefined;
  return {
    origin,
    seat,
    sessionTravelled,
    requestLine: `${request.method} ${path}`,
    headers: request.headers
      .slice(0, challengeEvidenceLimits.headers)
      .map(([name, value]): [string, string] => [
        name,
        sessionHeader.test(name) ? '(redacted)' : value.slice(0, challengeEvidenceLimits.headerChars),
      ]),
    body: request.body?.slice(0, challengeEvidenceLimits.bodyChars) ?? null,
    at: Date.now(),
  };
}
