// zod/mini: the playground's chunk loads these (not the first paint).
import * as z from 'zod/mini';

/**
 * A Send's token, chosen by the tab: `PUT /control/sandboxes/<id>/sends/<token>` with `{ "open": true }`
 * before its fetch stamps every request the sandbox then receives with it, and `{ "open": false }` after
 * the fetch settled answers `labSendClosedSchema`.
 */
export const labSendTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

/** The answer to closing a Send: how many requests the server recorded for it, all already streamed. */
export const labSendClosedSchema = z.object({ events: z.int() });

export type LabSendClosed = z.infer<typeof labSendClosedSchema>;
