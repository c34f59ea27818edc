import { challengeSeatIsNull, type ChallengeSeat } from '@cors-playground/engine';
import {
  stageHosts,
  stageOriginHost,
  stageSeatNames,
  stageTokenPath,
  type PlaygroundConfig,
} from '@cors-playground/protocol';

/** The host names before the playground's config arrives: the defaults of `--victim-domain` and `--cross-site-host`. */
const challengeSeatDefaultHosts = stageHosts('victim.localhost', 'evil.localhost');

/**
 * The seats an attack can run from, in the order the picker offers them, labelled with the host names
 * of `stage` (the running playground's, which `--base-domain` changes). Default: the default host names.
 */
export function challengeSeats(
  stage?: PlaygroundConfig['stage'],
): ReadonlyArray<{ seat: ChallengeSeat; label: string }> {
  const hosts = stage
    ? Object.fromEntries(stageSeatNames.map((seat) => [seat, stageOriginHost(stage.attackers[seat])]))
    : challengeSeatDefaultHosts.attackers;
  const crossSite = hosts.crossSite ?? '';
  return [
    { seat: 'sibling', label: 'Same-site sibling (blog.)' },
    { seat: 'crossSite', label: `Another site (${crossSite})` },
    { seat: 'lookalikeSuffix', label: `Look-alike: ${hosts.lookalikeSuffix ?? ''}` },
    { seat: 'lookalikePrefix', label: `Look-alike: ${hosts.lookalikePrefix ?? ''}` },
    { seat: 'lookalikeDot', label: `Look-alike: ${hosts.lookalikeDot ?? ''}` },
    { seat: 'null', label: `null: a sandboxed frame on ${crossSite}` },
    { seat: 'nullRedirect', label: `null: a cross-origin redirect (${crossSite} → a look-alike → the API)` },
  ];
}

export function challengeSeatLabel(seat: ChallengeSeat, stage?: PlaygroundConfig['stage']): string {
  return challengeSeats(stage).find((entry) => entry.seat === seat)?.label ?? seat;
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
