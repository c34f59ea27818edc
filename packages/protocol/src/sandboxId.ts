import * as z from 'zod/mini';

/** A sandbox id is a URL path segment (`/s/<id>/…`), so it is short and plain. */
export const sandboxIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** What an invalid id must look like, for error messages. */
export const sandboxIdRule = 'must match [A-Za-z0-9_-]{1,64}';

export function sandboxIdIsValid(id: string): boolean {
  return sandboxIdSchema.safeParse(id).success;
}
