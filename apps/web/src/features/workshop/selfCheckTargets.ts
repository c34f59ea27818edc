import type { PlaygroundConfig } from '@cors-playground/protocol';
import type { SelfCheckCookieRun, SelfCheckProbe } from '../../api/selfCheckCookies.ts';
import type { SelfCheckPingResult } from '../../api/selfCheckApi.ts';

/** One origin the labs need a participant's browser to reach. */
export interface SelfCheckTarget {
  id: string;
  label: string;
  origin: string;
}

/** Whether a check passed, and the one line that says what it means or what to do. */
export interface SelfCheckOutcome {
  status: 'pass' | 'fail';
  detail: string;
}

const attackerLabels: Record<string, string> = {
  sibling: "The victim's same-site sibling (blog.)",
  crossSite: "The attacker's site (cross-site)",
  lookalikeSuffix: 'Look-alike: victim name, then the attacker’s',
  lookalikePrefix: 'Look-alike: the attacker’s name glued to the victim’s',
  lookalikeDot: 'Look-alike: app- instead of app.',
};

/** Every origin to ping, from the server's config: the playground's own, then the challenge stage's. */
export function selfCheckTargets(config: PlaygroundConfig): SelfCheckTarget[] {
  return [
    { id: 'api', label: 'The lab API', origin: config.apiOrigin },
    { id: 'other', label: 'The other site (same-site)', origin: config.otherOrigin },
    { id: 'cross-site', label: 'The other site under a cross-site name', origin: config.crossSiteOrigin },
    { id: 'victim-app', label: "The victim's app", origin: config.stage.victimApp },
    { id: 'victim-api', label: "The victim's API", origin: config.stage.victimApi },
    ...Object.entries(config.stage.attackers).map(([seat, origin]) => ({
      id: `attacker-${seat}`,
      label: attackerLabels[seat] ?? seat,
      origin,
    })),
  ];
}

function selfCheckIsLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d+\.\d+\.\d+$/.test(hostname)
  );
}

/** What a ping's result means for this participant, who opened the app at `pageOrigin`. */
export function selfCheckPingOutcome(
  target: SelfCheckTarget,
  result: SelfCheckPingResult,
  pageOrigin: string,
): SelfCheckOutcome {
  const { hostname, port } = new URL(target.origin);
  if (result.kind === 'ours') {
    return { status: 'pass', detail: `${target.origin} answers for this playground.` };
  }
  // A *.localhost name is always this very machine: fine on the instructor's laptop, wrong on a LAN.
  const ownMachine =
    hostname.endsWith('.localhost') && !selfCheckIsLoopback(new URL(pageOrigin).hostname)
      ? `${hostname} resolves to your own machine, not the instructor's: ask the instructor for the base-domain setup (--base-domain).`
      : undefined;
  if (result.kind === 'foreign') {
    return {
      status: 'fail',
      detail:
        ownMachine ??
        `${target.origin} answered for another playground (${result.app}): ${hostname} resolves to another machine. Ask the instructor which names to use.`,
    };
  }
  return {
    status: 'fail',
    detail:
      ownMachine ??
      `Your browser cannot reach ${target.origin}: check that ${hostname} resolves to the instructor's machine and that no VPN, proxy or firewall blocks port ${port}.`,
  };
}

/** Whether `Secure` cookies can work on this page (browsers refuse them outside a secure context). */
export function selfCheckSecureOutcome(isSecureContext: boolean, pageOrigin: string): SelfCheckOutcome {
  if (isSecureContext) {
    return {
      status: 'pass',
      detail: `${pageOrigin} is a secure context: Secure cookies (SameSite=None; Secure) work here.`,
    };
  }
  return {
    status: 'fail',
    detail: `${pageOrigin} is not a secure context, so your browser refuses Secure cookies (SameSite=None; Secure) and the labs that use them will not work: ask the instructor to serve over https (--tls-cert).`,
  };
}

/** Whether this page is the app at the address the server announces (its policies and cookies expect it). */
export function selfCheckAppOutcome(appOrigin: string, pageOrigin: string): SelfCheckOutcome {
  if (appOrigin === pageOrigin) return { status: 'pass', detail: `You are on ${appOrigin}, as intended.` };
  return {
    status: 'fail',
    detail: `You opened ${pageOrigin}, but this playground is ${appOrigin}: open ${appOrigin}/workshop/check instead, since the labs' policies and cookies expect that address.`,
  };
}

/** What the cookie check means: the sibling must get the victim's Lax cookie, another site must not. */
export function selfCheckCookieOutcomes(run: SelfCheckCookieRun): {
  sibling: SelfCheckOutcome;
  crossSite: SelfCheckOutcome;
} {
  if (run.kind !== 'probed') {
    const detail =
      run.kind === 'blocked'
        ? 'Your browser blocked the check’s pop-up window: allow pop-ups for this page and check again.'
        : `The victim's API (${run.victimApi}) did not answer in the pop-up: see which sites are unreachable above.`;
    return { sibling: { status: 'fail', detail }, crossSite: { status: 'fail', detail } };
  }
  const silent = (probe: SelfCheckProbe): SelfCheckOutcome => ({
    status: 'fail',
    detail: `${probe.origin} could not ask the victim's API (${probe.error ?? 'no answer'}): see which sites are unreachable above.`,
  });
  const { sibling, crossSite } = run;
  return {
    sibling:
      sibling.received === undefined
        ? silent(sibling)
        : sibling.received
          ? {
              status: 'pass',
              detail: `${sibling.origin} is the same site as the victim's API: it gets the victim's SameSite=Lax cookie, as the sibling labs need.`,
            }
          : {
              status: 'fail',
              detail: `The victim's SameSite=Lax cookie did not reach ${sibling.origin}, so the sibling labs will not behave as described: allow cookies for these sites (no blocking extension or strict private mode) and ask the instructor.`,
            },
    crossSite:
      crossSite.received === undefined
        ? silent(crossSite)
        : crossSite.received
          ? {
              status: 'fail',
              detail: `${crossSite.origin} got the victim's SameSite=Lax cookie, so it is the victim's own site here and the cross-site labs would mislead: the instructor needs a cross-site host under another registrable domain (--cross-site-host).`,
            }
          : {
              status: 'pass',
              detail: `${crossSite.origin} is another site: the victim's SameSite=Lax cookie stays home, as the cross-site labs expect.`,
            },
  };
}
