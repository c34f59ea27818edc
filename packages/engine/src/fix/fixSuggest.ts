import type { FetchRequest, Trace } from '../browser/fetchTypes.ts';
import type { Policy } from '../policy/policySchema.ts';
import { corsRuleResolve } from '../server/corsRule.ts';
import { fixChangeApply, fixChanges } from './fixChange.ts';
import type { FixChange } from './fixChangeMake.ts';

/** A policy change that makes a failed request pass, verified by simulating it. */
export interface Fix {
  /** Ids of the atomic changes, joined by `+`, e.g. `origin-add+credentials-enable`. */
  id: string;
  title: string;
  /** The whole changed policy, ready to apply. */
  policy: Policy;
  /** One-line human description of the change. */
  patch: string;
  /** False when the change opens the API to other sites (reflect with credentials, `null`, `*`). */
  safe: boolean;
  /** Why the change is needed, or for an unsafe one, why it is dangerous. */
  why: string;
}

export interface FixSuggestInput {
  policy: Policy;
  request: FetchRequest;
  /** What happened with `policy`. */
  trace: Trace;
  /** Runs the same request against another policy (the playground passes `simulateFetchSync`). */
  simulate: (policy: Policy) => Trace;
  /**
   * Response headers the page wants to read: a fix must also make these readable (exposed), even if
   * the fetch already succeeds. Default none.
   */
  readHeaders?: string[];
}

/**
 * The smallest policy changes that make the request pass, safe ones first, then by size. Each candidate
 * is simulated, so only changes that really work are offered; failures no policy can fix (a forbidden
 * header, `same-origin` mode, a redirect error) get none.
 */
export function fixSuggest(input: FixSuggestInput): Fix[] {
  const { policy, request, trace, simulate } = input;
  const readHeaders = (input.readHeaders ?? []).map((h) => h.toLowerCase());
  const goalMet = (t: Trace): boolean => {
    const response = t.response;
    return t.ok && response !== null && readHeaders.every((h) => h in response.headers);
  };
  if (goalMet(trace)) return [];

  const { rule, pathIndex } = corsRuleResolve(policy, request.url);
  const changes = fixChanges({ request, trace, rule, readHeaders });
  const others = changes.filter((c) => c.originGrant === null);
  const results = new Map<string, boolean>();
  const passes = (set: FixChange[]): boolean => {
    const key = fixSuggestKey(set);
    let ok = results.get(key);
    if (ok === undefined) {
      ok = set.length > 0 && goalMet(simulate(fixChangeApply(policy, pathIndex, set)));
      results.set(key, ok);
    }
    return ok;
  };

  // One search per way of granting the origin (including "the origin is fine as it is"): apply everything
  // that might matter, and if that passes, drop each change that turns out not to be needed.
  const found: FixChange[][] = [];
  for (const grant of [null, ...changes.filter((c) => c.originGrant !== null)]) {
    let set = grant ? [grant, ...others] : others;
    if (!passes(set)) continue;
    for (const candidate of others) {
      const without = set.filter((c) => c !== candidate);
      if (passes(without)) set = without;
    }
    found.push(set);
  }

  const minimal = found.filter(
    (set, i) => !found.some((other, j) => j !== i && fixSuggestIsStrictSubset(other, set)),
  );
  const unique = [...new Map(minimal.map((set) => [fixSuggestKey(set), set])).values()];
  return unique
    .map((set) => fixSuggestFix(policy, pathIndex, set))
    .sort((a, b) => Number(b.safe) - Number(a.safe) || fixSuggestSize(a) - fixSuggestSize(b));
}

function fixSuggestKey(set: FixChange[]): string {
  return set
    .map((c) => c.id)
    .sort()
    .join('+');
}

function fixSuggestIsStrictSubset(small: FixChange[], big: FixChange[]): boolean {
  return small.length < big.length && small.every((c) => big.includes(c));
}

function fixSuggestSize(fix: Fix): number {
  return fix.id.split('+').length;
}

function fixSuggestFix(policy: Policy, pathIndex: number | null, set: FixChange[]): Fix {
  const safe = set.every((c) => c.safe);
  const where = pathIndex === null ? '' : `paths[${pathIndex}].override: `;
  return {
    id: set.map((c) => c.id).join('+'),
    title: set.map((c) => c.title).join(' + '),
    policy: fixChangeApply(policy, pathIndex, set),
    patch: where + set.map((c) => c.patch).join('; '),
    safe,
    why: (safe ? set : set.filter((c) => !c.safe)).map((c) => c.why).join(' '),
  };
}
