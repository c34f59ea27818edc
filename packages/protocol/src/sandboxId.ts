import * as z from 'zod/mini';
import { sandboxIdPattern } from './sandboxAddress.ts';

/** A sandbox id is a URL path segment (`/s/<id>/…`), so it is short and plain. */
export const sandboxIdSchema = z.string().check(z.regex(new RegExp(`^${sandboxIdPattern}$`)));

/** What an invalid id must look like, for error messages. */
export const sandboxIdRule = `must match ${sandboxIdPattern}`;

export function sandboxIdIsValid(id: string): boolean {
  return sandboxIdSchema.safeParse(id).success;
}
