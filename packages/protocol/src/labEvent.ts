// zod/mini: the app parses these before its first page shows (the config, the event stream).
import * as z from 'zod/mini';

const headerListSchema = z.array(z.tuple([z.string(), z.string()]));

/**
 * One request the lab API received and the response it sent, as streamed on `GET /control/events`.
 * This is "what the server saw": a blocked request still shows up here.
 */
export const labEventSchema = z.object({
  /** Monotonic per server process; also the SSE event id (for `Last-Event-ID` replay). */
  id: z.int(),
  sandbox: z.string(),
  /** Epoch milliseconds. */
  time: z.number(),
  /** `preflight` when the engine took the preflight branch, else `actual`. */
  kind: z.enum(['preflight', 'actual']),
  method: z.string(),
  /** Absolute URL as the API saw it. */
  url: z.string(),
  /** Request `Origin`, or null when none was sent. */
  origin: z.nullable(z.string()),
  requestHeaders: headerListSchema,
  status: z.int(),
  responseHeaders: headerListSchema,
  /** Plain-English notes from the engine (why an origin matched or not). */
  notes: z.array(z.string()),
  /**
   * The token of the playground Send open in the sandbox when the request arrived (see
   * `labSendTokenSchema`): how a tab tells its own send's requests from anyone else's. Absent when none was.
   */
  send: z.optional(z.string()),
});

export type LabEvent = z.infer<typeof labEventSchema>;
