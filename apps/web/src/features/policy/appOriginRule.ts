import type { Policy } from '@cors-playground/engine';

/** Whether the policy allows `origin`: any and reflect allow everyone; a list needs the exact entry. */
export function appOriginRuleAllows(policy: Policy, origin: string): boolean {
  return policy.origin.mode !== 'list' || policy.origin.allow.includes(origin);
}

/**
 * The origin rule with `origin` added to or removed from the list. Turning it off from any/reflect leaves
 * an empty list: "deny this app" must really deny it, whatever mode the policy was in.
 */
export function appOriginRuleToggle(policy: Policy, origin: string, allow: boolean): Policy['origin'] {
  const current = policy.origin.mode === 'list' ? policy.origin.allow : [];
  const rest = current.filter((entry) => entry !== origin);
  return { mode: 'list', allow: allow ? [...rest, origin] : rest };
}
