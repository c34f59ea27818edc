import type { PolicyInput } from '@cors-playground/engine';
import type { RequestDraft } from '@cors-playground/client';

/**
 * The hash parameter a permalink lives in (the query keeps `?sandbox=`). Encoding needs no zod, so the
 * Copy link button stays in the initial bundle while decoding (validation) loads only for a link.
 */
export const permalinkParam = 'p';

export interface Permalink {
  policy: PolicyInput | null;
  request: RequestDraft;
}

function permalinkBase64Encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `#p=…`: the policy and the request as base64url JSON, so a link survives chat apps and e-mail. */
export function permalinkEncode(link: Permalink): string {
  return `#${permalinkParam}=${permalinkBase64Encode(JSON.stringify({ v: 1, policy: link.policy, request: link.request }))}`;
}

/**
 * The page at `href` as a permalink naming `sandbox` (null: none, see `useSandboxInLinks`), whatever
 * else the page's own URL says.
 */
export function permalinkUrl(href: string, sandbox: string | null, link: Permalink): string {
  const url = new URL(href);
  if (sandbox === null) url.searchParams.delete('sandbox');
  else url.searchParams.set('sandbox', sandbox);
  url.hash = permalinkEncode(link);
  return url.href;
}

/** Whether a location hash carries a permalink (cheap: decoding it loads zod). */
export function permalinkPresent(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has(permalinkParam);
}
