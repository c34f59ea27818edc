import { corsRuleBase, corsRuleMerged, siteOf, type Policy } from '@cors-playground/engine';

/** An origin's parts (the packages have no `URL` type): `https://a.b:8443` → `https:`, `a.b`, `8443`. */
export interface ExposureOriginParts {
  protocol: string;
  hostname: string;
  /** Empty when absent. */
  port: string;
}

/** Splits `scheme://host[:port]`; throws on anything else (callers pass origins they were given). */
export function exposureOriginParts(origin: string): ExposureOriginParts {
  const match = /^([a-z][a-z0-9+.-]*:)\/\/([^/:[\]]+|\[[0-9a-f:.]+\])(?::(\d+))?\/?$/i.exec(origin);
  if (!match) throw new Error(`not an origin: ${origin}`);
  return {
    protocol: (match[1] ?? '').toLowerCase(),
    hostname: (match[2] ?? '').toLowerCase(),
    port: match[3] ?? '',
  };
}

/** The app and API a policy is about, when nothing else says (`cors audit` reads only the policy). */
export interface ExposureOrigins {
  appOrigin: string;
  apiOrigin: string;
}

/**
 * The first host name a regex spells literally, with its scheme: `^https://.*bank\\.example$` →
 * `https://bank.example`. Null when it spells none.
 */
function exposureOriginFromRegex(regex: string): string | null {
  const scheme = /(https?):\/\//i.exec(regex);
  const after = scheme ? regex.slice(scheme.index + scheme[0].length) : regex;
  const host = /(?:[a-z0-9-]+(?:\\\.|\.))+[a-z]{2,}(?![a-z0-9-])/i.exec(after);
  if (!host) return null;
  return `${scheme?.[1] ?? 'https'}://${host[0].replace(/\\\./g, '.')}`.toLowerCase();
}

/**
 * The policy's own app origin (its first exact allowed origin, else the first origin a regex
 * spells) and an API beside it (`api.` under the same registrable domain). Default
 * `https://app.example.com` and `https://api.example.com` when the policy names no domain.
 */
export function exposureOriginsGuess(policy: Policy): ExposureOrigins {
  const entries = [corsRuleBase(policy), ...corsRuleMerged(policy)].flatMap((rule) =>
    rule.origin.mode === 'list' ? rule.origin.allow : [],
  );
  const named = entries
    .map((entry) =>
      typeof entry === 'string' ? (entry.includes('*') ? null : entry) : exposureOriginFromRegex(entry.regex),
    )
    .find((origin): origin is string => origin !== null && origin !== 'null');
  const site = named ? siteOf(named) : null;
  if (!named || !site) return { appOrigin: 'https://app.example.com', apiOrigin: 'https://api.example.com' };
  const { port } = exposureOriginParts(named);
  return { appOrigin: named, apiOrigin: `${site.scheme}//api.${site.domain}${port ? `:${port}` : ''}` };
}
