import { challengeSeatIsNull, type ChallengeSeat } from '@cors-playground/engine';
import type { PlaygroundConfig } from '@cors-playground/protocol';

/** The seats an attack can run from, in the order the picker offers them. */
export const challengeSeats: ReadonlyArray<{ seat: ChallengeSeat; label: string }> = [
  { seat: 'sibling', label: 'Same-site sibling (blog.)' },
  { seat: 'crossSite', label: 'Another site (evil.localhost)' },
  { seat: 'lookalikeSuffix', label: 'Look-alike: victim.localhost.evil.localhost' },
  { seat: 'lookalikePrefix', label: 'Look-alike: evilvictim.localhost' },
  { seat: 'lookalikeDot', label: 'Look-alike: app-victim.localhost' },
  { seat: 'null', label: 'null: a sandboxed frame on evil.localhost' },
  { seat: 'nullRedirect', label: 'null: a cross-origin redirect (evil.localhost → a look-alike → the API)' },
];

export function challengeSeatLabel(seat: ChallengeSeat): string {
  return challengeSeats.find((entry) => entry.seat === seat)?.label ?? seat;
}

/**
 * The attack page's URL for `seat` in `sandbox`. Both `null` seats run on the cross-site host: in a
 * sandboxed frame, or bouncing each request through a redirect on another attacker host.
 */
export function challengeSeatUrl(
  stage: PlaygroundConfig['stage'],
  seat: ChallengeSeat,
  sandbox: string,
): string {
  const host = challengeSeatIsNull(seat) ? stage.attackers.crossSite : stage.attackers[seat];
  const query = { null: '?frame=null', nullRedirect: '?via=redirect' }[seat as string] ?? '';
  return `${host ?? ''}/s/${encodeURIComponent(sandbox)}/attack${query}`;
}

/** The victim app's page in `sandbox`, where the learner logs in as the victim. */
export function challengeVictimUrl(stage: PlaygroundConfig['stage'], sandbox: string): string {
  return `${stage.victimApp}/s/${encodeURIComponent(sandbox)}/`;
}
