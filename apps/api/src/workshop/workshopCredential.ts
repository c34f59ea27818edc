import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { parse as cookieParse, serialize as cookieSerialize } from 'cookie';
import { workshopCookieNames } from '../shared/workshopCookieStrip.ts';

/**
 * Who is who in a workshop: a participant's identity, and the instructor's, is a random secret the
 * server hands out once and checks on every request; the server keeps only its hash. Never a sandbox
 * id, a name or a `Host` header, all of which anyone can guess or send.
 */

export type WorkshopRole = keyof typeof workshopCookieNames;

/** A new secret: 256 random bits, base64url (43 characters). */
export function workshopSecretCreate(): string {
  return randomBytes(32).toString('base64url');
}

/** A random sandbox id for a participant: 128 bits, so no one finds another's by counting. */
export function workshopSandboxIdCreate(): string {
  return randomBytes(16).toString('base64url');
}

/** What the server stores instead of a secret. */
export function workshopSecretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

/** Whether `secret` is the one whose hash is `hash`, in time that does not depend on where they differ. */
export function workshopSecretMatches(secret: string | undefined, hash: string): boolean {
  if (!secret || secret.length > 128) return false;
  const given = Buffer.from(workshopSecretHash(secret));
  const expected = Buffer.from(hash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The secret a request's `Cookie` header carries for `role`, if any. */
export function workshopCookieRead(cookieHeader: string | undefined, role: WorkshopRole): string | undefined {
  if (!cookieHeader) return undefined;
  return cookieParse(cookieHeader)[workshopCookieNames[role]];
}

/**
 * The `Set-Cookie` value that hands `secret` to the browser: HttpOnly, SameSite=Strict (no other site
 * can make the browser send it), scoped to the control plane's paths, and kept for a day (a workshop).
 * `secure` when the app is served over https.
 */
export function workshopCookieSet(role: WorkshopRole, secret: string, secure: boolean): string {
  return cookieSerialize(workshopCookieNames[role], secret, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/control',
    maxAge: 24 * 60 * 60,
    secure,
  });
}
