import { challengeList, siteSame, type ChallengeSeat } from '@cors-playground/engine';
import type { PlaygroundConfig } from '@cors-playground/protocol';

/** Whether one group of labs works with these host names, and if not, why and what to change. */
export interface LabSupport {
  labs: string;
  supported: boolean;
  why?: string;
}

function labSupportHost(origin: string | undefined): string {
  return origin === undefined ? '' : new URL(origin).hostname;
}

function labSupportIsLoopbackName(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

function labSupportChallenges(seats: ChallengeSeat[]): string {
  return challengeList
    .filter((challenge) => seats.includes(challenge.seat))
    .map((challenge) => challenge.id)
    .join(', ');
}

/**
 * Which labs a setup supports, from the site relations of its host names, judged as browsers judge
 * them (one registrable domain is one site, whatever the ports and subdomains): the start-up banner
 * prints it, so an instructor sees before the session what a `--base-domain` alone cannot give.
 */
export function labSupport(config: PlaygroundConfig): LabSupport[] {
  const { stage } = config;
  const appHost = labSupportHost(config.appOrigin);
  const victim = labSupportHost(stage.victimApi);
  const onLan = !labSupportIsLoopbackName(appHost) && !appHost.endsWith('.localhost');
  const ownMachine = (origin: string | undefined) => onLan && labSupportHost(origin).endsWith('.localhost');
  const result: LabSupport[] = [];
  const push = (labs: string, problem: string | undefined) =>
    result.push(problem === undefined ? { labs, supported: true } : { labs, supported: false, why: problem });

  const crossSite = labSupportHost(stage.attackers.crossSite);
  const crossSiteProblem = (origin: string | undefined, what: string) =>
    ownMachine(origin)
      ? `${labSupportHost(origin)} is each participant's own machine: use --base-domain or --cross-site-host`
      : siteSame(origin ?? '', stage.victimApi)
        ? `${labSupportHost(origin)} is the same site as ${victim}: ${what} needs --cross-site-host under another registrable domain`
        : undefined;

  push(
    'the playground and its other site (cross-site)',
    siteSame(config.crossSiteOrigin, config.appOrigin)
      ? `${crossSite} is the same site as ${appHost}: give --cross-site-host under another registrable domain`
      : ownMachine(config.crossSiteOrigin)
        ? `${crossSite} is each participant's own machine: use --base-domain or --cross-site-host`
        : undefined,
  );
  push(
    `challenges from a same-site sibling (${labSupportChallenges(['sibling'])})`,
    ownMachine(stage.attackers.sibling)
      ? `${victim} is each participant's own machine: use --base-domain or --victim-domain`
      : siteSame(stage.attackers.sibling ?? '', stage.victimApi)
        ? undefined
        : `${labSupportHost(stage.attackers.sibling)} is not the same site as ${victim}`,
  );
  push(
    `challenges from another site (${labSupportChallenges(['crossSite', 'null'])})`,
    crossSiteProblem(stage.attackers.crossSite, 'an attacker on another site'),
  );
  const lookalikes = ['lookalikeSuffix', 'lookalikePrefix', 'lookalikeDot'] as const;
  push(
    `challenges from a look-alike name (${labSupportChallenges([...lookalikes])})`,
    lookalikes
      .map((seat) => crossSiteProblem(stage.attackers[seat], 'a look-alike attacker'))
      .find((problem) => problem !== undefined),
  );
  const secure = config.appOrigin.startsWith('https:') || !onLan;
  push(
    'Secure cookies (SameSite=None; Secure)',
    secure ? undefined : `http on ${appHost} is not a secure context: give --tls-cert and --tls-key`,
  );
  return result;
}

/** The banner's lines: one per group of labs, yes or no and why. */
export function labSupportBanner(config: PlaygroundConfig): string {
  return labSupport(config)
    .map(
      (entry, index) =>
        `${index === 0 ? '  labs         ' : '               '}${entry.supported ? 'yes' : 'NO '} ${entry.labs}` +
        (entry.why ? `\n                   ${entry.why}` : ''),
    )
    .join('\n');
}
