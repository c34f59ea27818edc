// zod/mini: small schemas (the editor's chunk loads this one).
import * as z from 'zod/mini';

/**
 * A policy the sandbox had before, as `GET /control/sandboxes/<id>/policy/history` lists it (newest
 * first). `policy` is the engine's policy JSON; the client parses it with the engine like any policy.
 */
export const policyHistoryEntrySchema = z.object({
  id: z.int(),
  policy: z.unknown(),
  /** When it stopped being live (ms since the epoch). */
  replacedAt: z.number(),
  /** What replaced it, in words: "Preset 'Strict'", "Your edit", "Restore default"… */
  replacedBy: z.string(),
  /** Whether it was the sandbox's default policy (what "Restore default" brings back). */
  isDefault: z.boolean(),
});

export const policyHistorySchema = z.array(policyHistoryEntrySchema);

export type PolicyHistoryEntry = z.infer<typeof policyHistoryEntrySchema>;
