import { z } from 'zod';
import type { PolicyInput } from '@cors-playground/engine';
import type { RequestDraft } from '../../store/requestSlice.ts';

/** The hash parameter a permalink lives in (the query keeps `?sandbox=`). */
const permalinkParam = 'p';

const draftSchema = z.strictObject({
  path: z.string().max(4096),
  method: z.string().max(64),
  headers: z.array(z.tuple([z.string().max(256), z.string().max(4096)])).max(50),
  credentials: z.enum(['omit', 'same-origin', 'include']),
  mode: z.enum(['cors', 'no-cors', 'same-origin']),
  redirect: z.enum(['follow', 'error', 'manual']),
  cache: z.enum(['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached']),
  body: z.string().max(100_000).nullable(),
});

/** The policy is checked by the policy apply (with field paths); here it only has to be an object. */
const permalinkSchema = z.strictObject({
  v: z.literal(1),
  policy: z.record(z.string(), z.unknown()).nullable(),
  request: draftSchema,
});

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

function permalinkBase64Decode(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** `#p=…`: the policy and the request as base64url JSON, so a link survives chat apps and e-mail. */
export function permalinkEncode(link: Permalink): string {
  return `#${permalinkParam}=${permalinkBase64Encode(JSON.stringify({ v: 1, policy: link.policy, request: link.request }))}`;
}

export type PermalinkDecoded = { ok: true; link: Permalink } | { ok: false; error: string } | null;

/** Reads a location hash: null when it holds no permalink, an error when it holds a broken one. */
export function permalinkDecode(hash: string): PermalinkDecoded {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(permalinkParam);
  if (value === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(permalinkBase64Decode(value));
  } catch {
    return { ok: false, error: 'The link is damaged (not base64url JSON): was it cut off?' };
  }
  const parsed = permalinkSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `The link's ${issue?.path.join('.') || 'content'} is invalid: ${issue?.message ?? ''}` };
  }
  return { ok: true, link: { policy: parsed.data.policy as PolicyInput | null, request: parsed.data.request } };
}
