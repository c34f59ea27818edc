import type { OriginEntry, OriginPolicy, OriginRegex } from '../policy/policySchema.ts';
import { regexMatch } from '../policy/regex.ts';
import { regexLimits } from '../policy/regexLimits.ts';

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
  let regexSkipped = false;
  for (let i = 0; i < policy.allow.length; i++) {
    const entry = policy.allow[i] as OriginEntry;
    if (typeof entry !== 'string' && origin.length > regexLimits.originInputMax) {
      regexSkipped = true;
      continue;
    }
    if (originMatchEntry(entry, origin)) {
      return { allowed: true, note: `Origin ${origin} matched allowed origin ${originEntryDescribe(entry)}` };
    }
  }
  if (regexSkipped) {
    return {
      allowed: false,
      note: `Origin ${origin} matched no allowed origin; at ${origin.length} characters it is longer than any real origin (over ${regexLimits.originInputMax}), so the regular expressions were not tried`,
    };
  }
  return {
    allowed: false,
    note:
      policy.allow.length === 0
        ? `Origin ${origin} is not allowed: the allowed-origin list is empty`
        : `Origin ${origin} matched no allowed origin`,
  };
}

/**
 * Whether one allowed-origin entry matches, with that entry's own semantics. Regex entries match any
 * length here; `originMatch` refuses to run them on an `Origin` over `regexLimits.originInputMax`.
 */
export function originMatchEntry(entry: OriginEntry, origin: string): boolean {
  if (typeof entry !== 'string')
    return regexMatch(entry, entry.regex, entry.ignoreCase, entry.anchor, origin);
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
