/** The cookies that carry the secrets on the app origin (HttpOnly: page scripts never see them). */
export const workshopCookieNames = {
  participant: 'cp_participant',
  instructor: 'cp_instructor',
} as const;

/**
 * A `Cookie` header without the workshop's own cookies. Cookies ignore ports, so a browser also sends
 * the app origin's cookies to the lab API and the other site on the same host: those servers drop
 * them before they log, echo or match anything, so no sandbox can collect another's credential.
 */
export function workshopCookieStrip(cookieHeader: string): string | undefined {
  const names = new Set<string>(Object.values(workshopCookieNames));
  const kept = cookieHeader
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '' && !names.has(pair.slice(0, Math.max(0, pair.indexOf('='))).trim()));
  return kept.length > 0 ? kept.join('; ') : undefined;
}
