import { corsRuleBase, corsRuleMerged, siteOf, type Policy } from '@cors-playground/engine';
import { ownOriginParse, ownOriginText, ownOrigins, type OwnOrigin } from '../audit/ownOrigin.ts';
import { sharedHostPlaygrounds, sharedHostSuffix } from '../audit/sharedHost.ts';

/** The app and API a policy is about, when nothing else says (`cors audit` reads only the policy). */
export interface ExposureOrigins {
  appOrigin: string;
  apiOrigin: string;
}

/**
 * The policy's own app origin (its first exact entry, else the first origin the audit finds the
 * policy written for: a wildcard's domain, a regex's sample) and an API beside it (`api.` under the same
 * registrable domain). Third parties the policy trusts (a code playground, a name on shared hosting such
 * as github.io) are never taken for the app. Default `https://app.example.com` and
 * `https://api.example.com` when the policy names no domain of its own.
 */
export function exposureOriginsGuess(policy: Policy): ExposureOrigins {
  const rules = [corsRuleBase(policy), ...corsRuleMerged(policy)];
  const exact = rules
    .flatMap((rule) => (rule.origin.mode === 'list' ? rule.origin.allow : []))
    .flatMap((entry) => (typeof entry === 'string' && !entry.includes('*') ? [ownOriginParse(entry)] : []));
  const own = [...exact, ...rules.flatMap((rule) => ownOrigins(rule.origin))].find(
    (origin): origin is OwnOrigin =>
      origin !== null &&
      /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(origin.host) &&
      sharedHostSuffix(origin.host) === null &&
      !sharedHostPlaygrounds.includes(ownOriginText(origin)),
  );
  const site = own ? siteOf(ownOriginText(own)) : null;
  if (!own || !site) return { appOrigin: 'https://app.example.com', apiOrigin: 'https://api.example.com' };
  return { appOrigin: ownOriginText(own), apiOrigin: `${site.scheme}//api.${site.domain}${own.port}` };
}
