import type { CorsRule, OriginEntry } from '@cors-playground/engine';
import type { AuditFinding } from './auditFinding.ts';
import { sharedHostSuffix } from './sharedHost.ts';
import {
  regexRiskAnchors,
  regexRiskDotsEscaped,
  regexRiskNestedQuantifier,
  regexRiskUnescapedDots,
} from './regexRisk.ts';

const loopback = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\]|[a-z0-9-]+\.localhost)(?::\d+)?$/;

/** Findings about the allowed-origin list of one rule; `at` is the field path of `origin`. */
export function originAudit(rule: CorsRule, at: string): AuditFinding[] {
  if (rule.origin.mode !== 'list') return [];
  const findings: AuditFinding[] = [];
  const allow = rule.origin.allow;
  const hasHttps = allow.some((e) => typeof e === 'string' && e.startsWith('https://'));
  allow.forEach((entry, i) => {
    const path = `${at}.allow[${i}]`;
    if (typeof entry !== 'string') findings.push(...originAuditRegex(entry, path));
    else findings.push(...originAuditString(entry, path, rule, hasHttps));
  });
  return findings;
}

function originAuditString(entry: string, path: string, rule: CorsRule, hasHttps: boolean): AuditFinding[] {
  const findings: AuditFinding[] = [];
  if (entry === 'null') {
    findings.push({
      id: 'origin.null',
      severity: rule.credentials ? 'high' : 'medium',
      title: "The origin 'null' is allowed",
      why: "Any page can get Origin: null by running in a sandboxed iframe or from a data: URL, so allowing 'null' allows everyone.",
      fix: "Remove 'null'; give the callers a real origin.",
      path,
    });
  }
  if (entry.startsWith('http://') && hasHttps) {
    const local = loopback.test(entry);
    findings.push({
      id: 'origin.http-beside-https',
      severity: local ? 'low' : 'medium',
      title: `Plain-HTTP origin ${entry} beside HTTPS origins`,
      why: local
        ? 'A development origin left in a production policy: anything on that port of the user’s machine is trusted.'
        : 'A network attacker can inject script into the http:// page and use its trusted origin to read your HTTPS API.',
      fix: `Remove ${entry}, or serve that site over HTTPS and allow the https:// origin instead.`,
      path,
    });
  }
  const star = entry.indexOf('://*.');
  if (star >= 0) {
    const domain = entry.slice(star + 5).replace(/:\d+$/, '');
    const labels = domain.split('.').filter(Boolean);
    const broad = labels.length <= 1 || sharedHostSuffix(labels.join('.')) === labels.join('.');
    findings.push({
      id: 'origin.wildcard-broad',
      severity: broad ? 'high' : rule.credentials ? 'medium' : 'low',
      title: broad ? `${entry} allows names anyone can register` : `${entry} trusts every subdomain`,
      why: broad
        ? `Anyone can get a name under .${domain} and read your API.`
        : 'One forgotten, user-content or taken-over subdomain (a dangling CNAME) can then read your API.',
      fix: 'List the exact origins that need access.',
      path,
    });
  }
  return findings;
}

function originAuditRegex(entry: Exclude<OriginEntry, string>, path: string): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const source = entry.regex;
  const own = regexRiskAnchors(source);
  // An origin holds `://` once, so a pattern that spells its scheme first cannot match later in one:
  // without `^` it still only matches from the start.
  const schemeFirst = /^(?:https?|https\?|http\(s\)\?):\/\//.test(source);
  const start = own.start || entry.anchor !== 'none' || schemeFirst;
  const end = own.end || entry.anchor === 'both';
  if (!start || !end) {
    findings.push({
      id: 'origin.regex-unanchored',
      severity: 'high',
      title: `The pattern /${source}/ is not anchored at the ${!start && !end ? 'start or end' : !start ? 'start' : 'end'}`,
      why: `It matches any origin that merely ${!start && !end ? 'contains' : !end ? 'starts with' : 'ends with'} what it spells out, so an attacker's look-alike domain can pass.`,
      fix: `Anchor it: /^${source.replace(/^\^/, '').replace(/\$$/, '')}$/ (or use anchor: 'both').`,
      path: `${path}.regex`,
    });
  }
  if (regexRiskUnescapedDots(source).length > 0) {
    findings.push({
      id: 'origin.regex-unescaped-dot',
      severity: 'high',
      title: `The pattern /${source}/ has an unescaped dot`,
      why: 'A bare . matches any character, so a look-alike name with a letter in place of the dot, which anyone can register, passes.',
      fix: `Escape literal dots as \\.: /${regexRiskDotsEscaped(source)}/.`,
      path: `${path}.regex`,
    });
  }
  if (/[gy]/.test(entry.flags)) {
    findings.push({
      id: 'origin.regex-global-flag',
      severity: 'medium',
      title: `The pattern /${source}/${entry.flags} has the ${entry.flags.includes('g') ? 'g' : 'y'} flag`,
      why: 'In JavaScript, test() on a g or y regex is stateful (lastIndex): the same allowed origin is accepted, then refused on the next request.',
      fix: 'Drop the g and y flags.',
      path: `${path}.flags`,
    });
  }
  const nested = regexRiskNestedQuantifier(source);
  if (nested !== null) {
    findings.push({
      id: 'origin.regex-backtracking',
      severity: 'medium',
      title: `The pattern /${source}/ can backtrack catastrophically`,
      why: `The repeated group ${nested} holds a repetition itself: in your framework's regex engine (JavaScript, Python, PHP, Java, .NET — not RE2) a crafted Origin takes exponential time, a cheap denial of service.`,
      fix: 'Remove the nested repetition (e.g. ([a-z0-9-]+\\.)+ → [a-z0-9.-]+ with an anchored suffix), or list exact origins.',
      path: `${path}.regex`,
    });
  }
  return findings;
}
