import type { CookieSetting } from './cookieTypes.ts';

/**
 * One cookie per attribute combination that changes where it travels: what the cookie-rule matrix
 * (e2e/cookieRules.spec.ts) sets, and what docs/cookies.md tabulates.
 */
export const cookieVariants: readonly CookieSetting[] = [
  { name: 'cr_strict', sameSite: 'Strict', secure: false, httpOnly: false, partitioned: false },
  { name: 'cr_lax', sameSite: 'Lax', secure: false, httpOnly: false, partitioned: false },
  { name: 'cr_unset', sameSite: 'unset', secure: false, httpOnly: false, partitioned: false },
  { name: 'cr_none_secure', sameSite: 'None', secure: true, httpOnly: false, partitioned: false },
  { name: 'cr_none_insecure', sameSite: 'None', secure: false, httpOnly: false, partitioned: false },
  { name: 'cr_partitioned', sameSite: 'None', secure: true, httpOnly: false, partitioned: true },
  { name: 'cr_httponly_lax', sameSite: 'Lax', secure: false, httpOnly: true, partitioned: false },
];

/** The `Set-Cookie` value that sets `setting` to `value` (host-only: never a `Domain` attribute). */
export function cookieVariantHeader(setting: CookieSetting, value: string): string {
  const parts = [`${setting.name}=${value}`, `Path=${setting.path ?? '/'}`];
  if (setting.sameSite !== 'unset') parts.push(`SameSite=${setting.sameSite}`);
  if (setting.secure) parts.push('Secure');
  if (setting.httpOnly) parts.push('HttpOnly');
  if (setting.partitioned) parts.push('Partitioned');
  return parts.join('; ');
}
