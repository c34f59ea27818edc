import type { RegexAnchor } from './regex.ts';

/**
 * The shape of a policy as far as its patterns go; structural so that the schema can check its own
 * output without an import cycle.
 */
interface RegexSiteRegex {
  regex: string;
  anchor?: RegexAnchor;
  ignoreCase?: boolean;
}
interface RegexSiteRule {
  origin?: { mode: string; allow?: ReadonlyArray<string | RegexSiteRegex> };
}
export interface RegexSitePolicy extends RegexSiteRule {
  paths: ReadonlyArray<{ path: string; override?: RegexSiteRule }>;
}

/** One pattern of the policy: the value holding it, where it is, and how requests apply it. */
export interface RegexSite {
  owner: object;
  source: string;
  ignoreCase: boolean;
  anchor: RegexAnchor;
  at: Array<string | number>;
}

function regexSitesOfOrigin(rule: RegexSiteRule, at: Array<string | number>): RegexSite[] {
  const allow = rule.origin?.mode === 'list' ? (rule.origin.allow ?? []) : [];
  const sites: RegexSite[] = [];
  allow.forEach((entry, i) => {
    // Zod runs the budget after field checks that only added issues, so stay defensive about shapes.
    if (typeof entry !== 'object' || entry === null || typeof entry.regex !== 'string') return;
    const { regex: source, ignoreCase, anchor } = entry;
    sites.push({
      owner: entry,
      source,
      ignoreCase: ignoreCase === true,
      anchor: anchor ?? 'none',
      at: [...at, i, 'regex'],
    });
  });
  return sites;
}

/**
 * Every pattern of a policy, grouped as requests run them: the origin lists (the top one first, then
 * each path override's) and the path patterns (every request may try each one).
 */
export function regexSitesFind(policy: RegexSitePolicy): { lists: RegexSite[][]; paths: RegexSite[] } {
  const lists = [regexSitesOfOrigin(policy, ['origin', 'allow'])];
  const paths: RegexSite[] = [];
  policy.paths.forEach((rule, i) => {
    if (typeof rule?.path === 'string') {
      paths.push({
        owner: rule,
        source: rule.path,
        ignoreCase: false,
        anchor: 'none',
        at: ['paths', i, 'path'],
      });
    }
    if (rule?.override)
      lists.push(regexSitesOfOrigin(rule.override, ['paths', i, 'override', 'origin', 'allow']));
  });
  return { lists, paths };
}

/** The programs requests run: one per pattern, case and kind of anchoring (see `regexBudgetUnits`). */
export function regexSiteKey(site: Pick<RegexSite, 'source' | 'ignoreCase' | 'anchor'>): string {
  return `${site.anchor === 'none' ? 'search' : 'anchored'} ${site.ignoreCase ? 'i' : '-'} ${site.source}`;
}
