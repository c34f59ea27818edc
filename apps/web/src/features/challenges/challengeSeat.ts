import { challengeSeatIsNull, type ChallengeSeat } from '@cors-playground/engine';
import { stageTokenPath, type PlaygroundConfig } from '@cors-playground/protocol';

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

/** The path prefix of a challenge run on the stage: its token (the status names it), never the sandbox. */
export function challengeStagePath(stageToken: string): string {
  return stageTokenPath(stageToken);
}

/**
 * The attack page's URL for `seat` in the run `stageToken` addresses. Both `null` seats run on the
 * cross-site host: in a sandboxed frame, or bouncing each request through a redirect on another
 * attacker host.
 */
export function challengeSeatUrl(
  stage: PlaygroundConfig['stage'],
  seat: ChallengeSeat,
  stageToken: string,
): string {
  const host = challengeSeatIsNull(seat) ? stage.attackers.crossSite : stage.attackers[seat];
  const query = { null: '?frame=null', nullRedirect: '?via=redirect' }[seat as string] ?? '';
  return `${host ?? ''}${challengeStagePath(stageToken)}/attack${query}`;
}

/** The victim app's page in the run `stageToken` addresses, where the learner logs in as the victim. */
export function challengeVictimUrl(stage: PlaygroundConfig['stage'], stageToken: string): string {
  return `${stage.victimApp}${challengeStagePath(stageToken)}/`;
}
