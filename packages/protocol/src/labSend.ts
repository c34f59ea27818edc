// zod/mini: the playground's chunk loads these (not the first paint).
import * as z from 'zod/mini';

/**
 * A Send's token, chosen by the tab: `PUT /control/sandboxes/<id>/sends/<token>` with `{ "open": true }`
 * before its fetch stamps every request the sandbox then receives with it, and `{ "open": false }` after
 * the fetch settled answers `labSendClosedSchema`.
 */
/** A Send token's length in characters: long enough to be unique per tab, short enough for a path. */
export const labSendTokenLength = { min: 8, max: 64 } as const;

const labSendTokenPattern = `[A-Za-z0-9_-]{${labSendTokenLength.min},${labSendTokenLength.max}}`;

export const labSendTokenSchema = z.string().check(z.regex(new RegExp(`^${labSendTokenPattern}$`)));

/** What an invalid token must look like, for error messages. */
export const labSendTokenRule = `must match ${labSendTokenPattern}`;

/** The answer to closing a Send: how many requests the server recorded for it, all already streamed. */
export const labSendClosedSchema = z.object({ events: z.int() });

export type LabSendClosed = z.infer<typeof labSendClosedSchema>;
