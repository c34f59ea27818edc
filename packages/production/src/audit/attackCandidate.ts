import type { AttackClass, AttackWho } from './auditAttack.ts';
import { ownOriginText, type OwnOrigin } from './ownOrigin.ts';
import {
  sharedHostPlaygrounds,
  sharedHostRegistrable,
  sharedHostSuffix,
  sharedHostSuffixes,
} from './sharedHost.ts';

/** An origin a scanner would send, what it tries, and who could really send it. */
export interface AttackCandidate {
  origin: string;
  class: AttackClass;
  who: AttackWho;
  /** The policy's own origin it imitates, or null (reflection, `null`, third parties). */
  from: string | null;
}

/**
 * Characters that end a host for a sloppy regex (`[^a-z0-9.-]`, `[^\w.-]`) yet stay inside the host
 * for some browser's URL parser: `https://www.bank.example_.evil.com` is a subdomain of evil.com.
 */
export const attackHostCharacters: readonly string[] = [
  '_',
  '`',
  '}',
  '{',
  '!',
  '~',
  '$',
  '&',
  "'",
  '(',
  ')',
  '*',
  '+',
  ',',
  ';',
  '=',
  '"',
];

/** Dots tried per host (the last ones: `a.b.c.bank.example` is fooled at `bank.example` or not at all). */
const attackDotsMax = 3;

/** Domains an attacker registers; the first whose top-level domain the policy does not use is taken. */
const attackerDomains = ['evil.com', 'evil.net', 'evil.org', 'evil.io'];

/** A label no real policy allows, for look-alikes and for the attacker's own registrable domain. */
const evil = 'evil';

/**
 * The attack origins for one origin rule, as Corsy, CORScanner, CORStest and PortSwigger's checks
 * derive them from the allowed origins (look-alikes of the first `ownLimit` of `own`; all of them name
 * the app's own domains), plus shared hosting and code playgrounds. Unfiltered: the caller keeps those
 * the engine grants.
 */
export function attackCandidates(own: readonly OwnOrigin[], ownLimit: number): AttackCandidate[] {
  const ownDomains = new Set(own.map((o) => sharedHostRegistrable(o.host)));
  // The attacker's own domain sits under a top-level domain the policy never names, so a `*.com`
  // wildcard does not pass for reflection.
  const tlds = new Set(own.map((o) => o.host.split('.').pop()));
  const attacker = attackerDomains.find((d) => !tlds.has(d.split('.').pop())) ?? 'evil.invalid';
  const who = (host: string): AttackWho =>
    ownDomains.has(sharedHostRegistrable(host)) ? 'needs-subdomain' : 'anyone';
  const out: AttackCandidate[] = [
    { origin: 'null', class: 'null', who: 'anyone', from: null },
    { origin: `https://${attacker}`, class: 'reflection', who: 'anyone', from: null },
  ];
  for (const o of own.slice(0, ownLimit)) out.push(...attackCandidatesOf(o, attacker, who));
  for (const suffix of sharedHostSuffixes) {
    out.push({ origin: `https://${evil}-cors.${suffix}`, class: 'public-suffix', who: 'anyone', from: null });
  }
  for (const origin of sharedHostPlaygrounds)
    out.push({ origin, class: 'code-hosting', who: 'anyone', from: null });
  return out;
}

function attackCandidatesOf(
  o: OwnOrigin,
  attacker: string,
  who: (host: string) => AttackWho,
): AttackCandidate[] {
  const from = ownOriginText(o);
  const { scheme, host, port } = o;
  const out: AttackCandidate[] = [];
  const add = (cls: AttackClass, h: string, s: string = scheme, p: string = port) => {
    out.push({ origin: `${s}://${h}${p}`, class: cls, who: who(h), from });
  };
  if (scheme === 'https')
    out.push({
      origin: `http://${host}${port}`,
      class: 'http-downgrade',
      who: 'needs-network-position',
      from,
    });
  const registrable = sharedHostRegistrable(host);
  const ip = registrable === host && /^[\d.[\]:a-f]+$/.test(host) && !/[g-z]/.test(host);
  if (ip) return out;
  // Any subdomain: of the host itself and of its registrable domain. Under a shared suffix (or a bare
  // top-level domain) the subdomain is a name anyone can register.
  for (const parent of new Set([host, registrable])) {
    const sub = `${evil}.${parent}`;
    const shared = sharedHostSuffix(sub) !== null && sharedHostRegistrable(sub) === sub;
    const cls = shared || who(sub) === 'anyone' ? 'public-suffix' : 'any-subdomain';
    add(cls, sub);
  }
  add('prefix', `${host}.${attacker}`);
  if (port !== '') add('prefix', `${host}.${attacker}`, scheme, '');
  if (registrable.includes('.')) {
    add('suffix', `${evil}${registrable}`);
    if (host !== registrable) add('suffix', `not${host}`);
  }
  // A regex's bare dot accepts any character: try a letter for each dot left of the top-level label.
  const dots = [...host.matchAll(/\./g)].map((m) => m.index);
  for (const i of dots.slice(0, -1).slice(-attackDotsMax))
    add('unescaped-dot', `${host.slice(0, i)}x${host.slice(i + 1)}`);
  for (const c of attackHostCharacters) add('special-character', `${host}${c}.${attacker}`);
  return out;
}
