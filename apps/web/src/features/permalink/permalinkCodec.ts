import { z } from 'zod';
import type { PolicyInput } from '@cors-playground/engine';
import { permalinkParam, type Permalink } from './permalinkEncode.ts';

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

function permalinkBase64Decode(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
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
    return {
      ok: false,
      error: `The link's ${issue?.path.join('.') || 'content'} is invalid: ${issue?.message ?? ''}`,
    };
  }
  return {
    ok: true,
    link: { policy: parsed.data.policy as PolicyInput | null, request: parsed.data.request },
  };
}
