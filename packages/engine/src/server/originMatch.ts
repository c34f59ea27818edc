import type { OriginEntry, OriginPolicy, OriginRegex } from '../policy/policySchema.ts';
import { regexMatchStart, regexMatchWhole, regexSearch } from '../policy/regex.ts';

/** Whether a request's `Origin` is allowed, and a plain-English sentence saying why. */
export interface OriginMatch {
  allowed: boolean;
  note: string;
}

/** A subdomain label sequence, as the `*` of `https://*.example.com` may stand for. */
const subdomainPattern = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

const anchorWords: Record<OriginRegex['anchor'], string> = {
  none: 'unanchored search, like Express cors',
  start: 'anchored at the start only, like django-cors-headers',
  both: 'whole-string match',
};

/** Decides whether `origin` (the request's `Origin` header value) is allowed by the policy. */
export function originMatch(policy: OriginPolicy, origin: string): OriginMatch {
  if (policy.mode === 'any')
    return { allowed: true, note: `Any origin is allowed ('*'), so ${origin} is too` };
  if (policy.mode === 'reflect') {
    return { allowed: true, note: `The policy reflects any origin, so ${origin} is echoed back` };
  }
  for (let i = 0; i < policy.allow.length; i++) {
    const entry = policy.allow[i] as OriginEntry;
    if (originMatchEntry(entry, origin)) {
      return { allowed: true, note: `Origin ${origin} matched allowed origin ${originEntryDescribe(entry)}` };
    }
  }
  return {
    allowed: false,
    note:
      policy.allow.length === 0
        ? `Origin ${origin} is not allowed: the allowed-origin list is empty`
        : `Origin ${origin} matched no allowed origin`,
  };
}

/** Whether one allowed-origin entry matches, with that entry's own semantics. */
export function originMatchEntry(entry: OriginEntry, origin: string): boolean {
  if (typeof entry !== 'string') {
    if (entry.anchor === 'none') return regexSearch(entry.regex, entry.ignoreCase, origin);
    if (entry.anchor === 'start') return regexMatchStart(entry.regex, entry.ignoreCase, origin);
    return regexMatchWhole(entry.regex, entry.ignoreCase, origin);
  }
  const star = entry.indexOf('://*.');
  if (star < 0) return entry === origin;
  // `https://*.example.com` stands for one or more subdomain labels, never for the bare domain.
  const prefix = entry.slice(0, star + 3);
  const suffix = entry.slice(star + 4);
  if (origin.length <= prefix.length + suffix.length) return false;
  if (!origin.startsWith(prefix) || !origin.endsWith(suffix)) return false;
  return subdomainPattern.test(origin.slice(prefix.length, origin.length - suffix.length));
}

/** How an entry is shown in notes: regexes carry their matching semantics. */
export function originEntryDescribe(entry: OriginEntry): string {
  if (typeof entry === 'string') return entry;
  return `/${entry.regex}/${entry.ignoreCase ? 'i' : ''} (${anchorWords[entry.anchor]})`;
}
