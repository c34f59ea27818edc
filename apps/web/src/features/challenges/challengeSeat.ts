import type { ChallengeSeat } from '@cors-playground/engine';
import type { PlaygroundConfig } from '@cors-playground/protocol';

/** The seats an attack can run from, in the order the picker offers them. */
export const challengeSeats: ReadonlyArray<{ seat: ChallengeSeat; label: string }> = [
  { seat: 'sibling', label: 'Same-site sibling (blog.)' },
  { seat: 'crossSite', label: 'Another site (evil.localhost)' },
  { seat: 'lookalikeSuffix', label: 'Look-alike: victim.localhost.evil.localhost' },
  { seat: 'lookalikePrefix', label: 'Look-alike: evilvictim.localhost' },
  { seat: 'lookalikeDot', label: 'Look-alike: app-victim.localhost' },
  { seat: 'null', label: 'null: a sandboxed frame on evil.localhost' },
];

export function challengeSeatLabel(seat: ChallengeSeat): string {
  return challengeSeats.find((entry) => entry.seat === seat)?.label ?? seat;
}

/** The attack page's URL for `seat` in `sandbox`; `null` runs in a sandboxed frame on the cross-site host. */
export function challengeSeatUrl(
  stage: PlaygroundConfig['stage'],
  seat: ChallengeSeat,
  sandbox: string,
): string {
  const host = seat === 'null' ? stage.attackers.crossSite : stage.attackers[seat];
  return `${host ?? ''}/s/${encodeURIComponent(sandbox)}/attack${seat === 'null' ? '?frame=null' : ''}`;
}

/** The victim app's page in `sandbox`, where the learner logs in as the victim. */
export function challengeVictimUrl(stage: PlaygroundConfig['stage'], sandbox: string): string {
  return `${stage.victimApp}/s/${encodeURIComponent(sandbox)}/`;
}
