import { corsRuleBase, corsRuleMerged, type CorsRule, type Policy } from '@cors-playground/engine';
import { auditSeverityRank, type AuditFinding } from './auditFinding.ts';
import { originAudit } from './originAudit.ts';
import { auditAttacks } from './auditAttack.ts';
import { attackFindings } from './attackFinding.ts';

/** Header names that carry credentials or anti-CSRF secrets: never let every allowed origin read them. */
const credentialLike = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-auth-token',
  'x-csrf-token',
  'x-xsrf-token',
  'x-access-token',
  'x-refresh-token',
]);

/** Chromium caps Access-Control-Max-Age at 2 hours; beyond a day nothing is gained and fixes are slow to land. */
const longMaxAge = 86_400;

/**
 * Security review of a policy: every finding with its severity, why it matters and the fix, most
 * severe first. Path rules are audited as merged with the top level, attributed to the field that
 * introduced the problem. Origin rules are also attacked (`auditAttacks`): every origin a scanner would
 * send that the engine grants is a finding, with that origin as its proof.
 */
export function policyAudit(policy: Policy): AuditFinding[] {
  const findings = policyAuditRule(corsRuleBase(policy), () => '');
  const merged = corsRuleMerged(policy);
  policy.paths.forEach((pathRule, i) => {
    const rule = merged[i];
    if (!rule) return;
    const at = (field: string) => (field in pathRule.override ? `paths[${i}].override.` : '');
    findings.push(...policyAuditRule(rule, at));
  });
  const seen = new Set<string>();
  // Sorted first so that, when the top level and a path rule raise the same finding, the worse stays.
  return attackFindings(findings, auditAttacks(policy))
    .sort((a, b) => auditSeverityRank[a.severity] - auditSeverityRank[b.severity])
    .filter((f) => {
      const key = `${f.id} ${f.path ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function policyAuditRule(rule: CorsRule, at: (field: string) => string): AuditFinding[] {
  if (!rule.enabled) return [];
  const findings: AuditFinding[] = [];
  const originAt = `${at('origin')}origin`;
  if (rule.origin.mode === 'reflect' && rule.credentials) {
    findings.push({
      id: 'origin.reflect-credentials',
      severity: 'high',
      title: 'Any origin is reflected, with credentials',
      why: "Every website a logged-in user visits can read your API with the user's cookies: a full account takeover through CORS.",
      fix: 'Replace reflect with the list of origins that need access.',
      path: originAt,
    });
  }
  if (rule.origin.mode === 'any' && rule.credentials) {
    findings.push({
      id: 'origin.any-credentials',
      severity: 'medium',
      title: 'Access-Control-Allow-Origin: * with credentials',
      why: 'Browsers refuse every credentialed response with *; the usual "fix" found online is reflecting any origin, which is the real vulnerability.',
      fix: 'List the origins that need credentials, or turn credentials off for a truly public API.',
      path: `${at('credentials')}credentials`,
    });
  }
  findings.push(...originAudit(rule, originAt));
  if (rule.allowHeaders.mode === 'reflect') {
    findings.push({
      id: 'headers.reflect',
      severity: rule.credentials ? 'medium' : 'low',
      title: 'Requested headers are reflected',
      why: 'Every header a page asks for is allowed, including ones your API treats as trusted (X-Forwarded-For, X-User-Id, internal auth headers).',
      fix: 'List the request headers your API actually reads.',
      path: `${at('allowHeaders')}allowHeaders`,
    });
  }
  if (!rule.varyOrigin && rule.origin.mode !== 'any') {
    findings.push({
      id: 'vary.missing',
      severity: 'medium',
      title: 'Access-Control-Allow-Origin depends on the request but Vary: Origin is off',
      why: 'A shared or browser cache can serve one origin’s response (and its grant) to another: sporadic CORS errors or a cache-poisoned grant.',
      fix: 'Turn varyOrigin on.',
      path: `${at('varyOrigin')}varyOrigin`,
    });
  }
  if (rule.maxAge !== null && rule.maxAge > longMaxAge) {
    findings.push({
      id: 'max-age.long',
      severity: 'low',
      title: `Access-Control-Max-Age is ${rule.maxAge} s`,
      why: 'Browsers cap it (Chromium 2 h, Firefox 24 h, WebKit 10 min) and a tightened policy only reaches users once their cached preflights expire.',
      fix: 'Use 600–7200 seconds.',
      path: `${at('maxAge')}maxAge`,
    });
  }
  rule.exposeHeaders.forEach((name, i) => {
    const lower = name.toLowerCase();
    if (!credentialLike.has(lower) && !(name === '*' && !rule.credentials)) return;
    findings.push({
      id: 'expose.credential-like',
      severity: name === '*' ? 'low' : 'medium',
      title:
        name === '*' ? 'Every response header is exposed' : `The credential-like header ${name} is exposed`,
      why:
        name === '*'
          ? 'Scripts on every allowed origin can read all response headers, including tokens your API may add later.'
          : `Scripts on every allowed origin can read ${name}: a token or secret leaks to them.`,
      fix: 'Expose only the headers the front end needs.',
      path: `${at('exposeHeaders')}exposeHeaders[${i}]`,
    });
  });
  return findings;
}
