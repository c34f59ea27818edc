import { auditSeverityRank, type AuditFinding } from './auditFinding.ts';
import type { AttackClass, AuditAttack } from './auditAttack.ts';
import type { AttackBrowser } from './attackBrowser.ts';

const classTitle: Record<AttackClass, string> = {
  reflection: 'Any origin is granted',
  prefix: 'An attacker domain that starts with your host is granted',
  suffix: 'A look-alike name ending in your domain is granted',
  'unescaped-dot': 'A regex dot lets a look-alike domain through',
  'special-character': 'A character after your host lets an attacker domain through',
  'http-downgrade': 'The plain-HTTP origin is granted',
  'any-subdomain': 'Every subdomain is granted',
  null: "The opaque origin 'null' is granted",
  'public-suffix': 'Names anyone can register are granted',
  'code-hosting': 'A code playground is granted',
};

const whoWords: Record<AuditAttack['who'], string> = {
  anyone: 'anyone can serve a page from it',
  'needs-subdomain': 'whoever controls or takes over one subdomain of your domain can serve a page from it',
  'needs-network-position': 'a network attacker (same Wi-Fi, a hostile ISP) can inject a page into it',
};

const browserNames: Record<AttackBrowser, string> = {
  chromium: 'Chrome/Edge',
  firefox: 'Firefox',
  webkit: 'Safari',
};

/** Which static finding ids describe the same hole as an attack class: the finding is kept, with the proof. */
export const attackFindingStatic: Record<string, readonly AttackClass[]> = {
  'origin.reflect-credentials': ['reflection'],
  'origin.null': ['null'],
  'origin.http-beside-https': ['http-downgrade'],
  'origin.wildcard-broad': ['any-subdomain', 'public-suffix'],
  'origin.regex-unanchored': ['prefix', 'suffix'],
  'origin.regex-unescaped-dot': ['unescaped-dot'],
};

/** The browsers that can send an origin, in words: "every browser", "Safari only". */
export function attackFindingBrowsers(browsers: readonly AttackBrowser[]): string {
  if (browsers.length === 3) return 'every browser';
  return `${browsers.map((b) => browserNames[b]).join(' and ')} only`;
}

/**
 * Folds granted attacks into the audit: one finding per rule field and class, its example the attack
 * most browsers can send (most severe first). A static finding for the same field and hole keeps its id
 * and gains the proof (and the attack's severity when higher); other classes become `origin.<class>`.
 */
export function attackFindings(statics: AuditFinding[], attacks: AuditAttack[]): AuditFinding[] {
  const groups = new Map<string, AuditAttack[]>();
  for (const attack of attacks) {
    const key = `${attack.path} ${attack.class}`;
    groups.set(key, [...(groups.get(key) ?? []), attack]);
  }
  const findings = statics.map((f) => ({ ...f }));
  const reflected = new Set(attacks.filter((a) => a.class === 'reflection').map((a) => a.path));
  for (const group of groups.values()) {
    const best = attackFindingBest(group);
    // Where any origin passes, every other class is the same hole with the same fix.
    if (best.class !== 'reflection' && reflected.has(best.path)) continue;
    const sameHole = findings.find(
      (f) =>
        f.path?.replace(/\.regex$/, '') === best.path &&
        (attackFindingStatic[f.id] ?? []).includes(best.class) &&
        f.attack === undefined,
    );
    const proof = attackFindingProof(best, group);
    if (sameHole) {
      sameHole.attack = best;
      sameHole.why = `${sameHole.why} ${proof}`;
      if (auditSeverityRank[best.severity] < auditSeverityRank[sameHole.severity])
        sameHole.severity = best.severity;
      continue;
    }
    findings.push({
      id: `origin.${best.class}`,
      severity: best.severity,
      title: classTitle[best.class],
      why: proof,
      fix: best.fix,
      path: best.path,
      attack: best,
    });
  }
  return findings;
}

function attackFindingBest(group: AuditAttack[]): AuditAttack {
  return [...group].sort(
    (a, b) =>
      auditSeverityRank[a.severity] - auditSeverityRank[b.severity] || b.browsers.length - a.browsers.length,
  )[0] as AuditAttack;
}

/** The sentence that proves the hole: the origin, who can send it, in which browsers, and what it reads. */
function attackFindingProof(best: AuditAttack, group: AuditAttack[]): string {
  const reads =
    best.granted === 'with-credentials'
      ? "and read your API with the user's cookies"
      : 'and read what your API answers without cookies (an intranet API, for one)';
  const others = group
    .filter((a) => a !== best)
    .slice(0, 3)
    .map((a) => `${a.origin} (${attackFindingBrowsers(a.browsers)})`);
  const also = others.length > 0 ? ` Also granted: ${others.join(', ')}.` : '';
  return `The policy grants ${best.origin}: ${whoWords[best.who]} ${reads}, in ${attackFindingBrowsers(best.browsers)}.${also}`;
}
