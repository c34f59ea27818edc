/**
 * Every resource the playground's servers hold is bounded, because a workshop room (or one careless
 * script) must not be able to exhaust the machine. docs/bounds.md states these numbers for users; keep
 * the two in step.
 */
export interface PlaygroundLimits {
  /** Sandboxes kept at once, the default one included. Default 1,000. */
  sandboxes: number;
  /**
   * How long a sandbox must have gone unused (no request, no open event stream) before it may be
   * removed to make room for a new one. Removal happens only when the table is full. Default 10 min.
   */
  sandboxIdleMs: number;
  /** Events a sandbox keeps for `Last-Event-ID` replay. Default 500. */
  eventsPerSandbox: number;
  /** Bytes of events a sandbox keeps (oldest dropped first). Default 256 KiB. */
  eventBytesPerSandbox: number;
  /** Bytes of events kept over all sandboxes (oldest dropped first). Default 32 MiB. */
  eventBytesTotal: number;
  /**
   * Longest text an event stores in one place (a header value, the URL, a note); a longer one keeps its
   * start and says how many bytes were cut. Default 2 KiB.
   */
  eventValueBytes: number;
  /** Open event streams per sandbox. Default 8. */
  streamsPerSandbox: number;
  /** Open event streams in total. Default 256. */
  streamsTotal: number;
  /**
   * Unsent bytes one event stream may pile up before it is closed; the browser reconnects with
   * `Last-Event-ID` and gets the rest replayed. Larger than a sandbox's whole log, so a replay alone
   * never trips it. Default 1 MiB.
   */
  streamBufferedBytes: number;
  /** Unsent bytes over all event streams; the stream that crosses it is closed. Default 32 MiB. */
  streamBufferedBytesTotal: number;
  /** Largest lab API request body (after decompression). Default 1 MiB. */
  labBodyBytes: number;
  /** Largest control-plane JSON body (a policy). Default 32 KiB. */
  controlBodyBytes: number;
  /** Time a client has to send a request's headers. Default 10 s. */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, body included. Default 30 s. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. Default 5 s. */
  keepAliveTimeoutMs: number;
  /** Open connections per origin (app, lab API, other site); more are closed at once. Default 1,000. */
  connectionsPerOrigin: number;
  /**
   * Open connections from one remote address, per origin; more are closed at once, so one client's
   * idle sockets cannot crowd out everyone else. Never more than half of `connectionsPerOrigin` (the
   * servers take the smaller). A room behind one NAT is one address: `--connections-per-address`.
   * Default 256.
   */
  connectionsPerAddress: number;
}

const kib = 1024;
const mib = 1024 * kib;

export const playgroundLimitsDefault: Readonly<PlaygroundLimits> = Object.freeze({
  sandboxes: 1000,
  sandboxIdleMs: 10 * 60_000,
  eventsPerSandbox: 500,
  eventBytesPerSandbox: 256 * kib,
  eventBytesTotal: 32 * mib,
  eventValueBytes: 2 * kib,
  streamsPerSandbox: 8,
  streamsTotal: 256,
  streamBufferedBytes: 1 * mib,
  streamBufferedBytesTotal: 32 * mib,
  labBodyBytes: 1 * mib,
  controlBodyBytes: 32 * kib,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  connectionsPerOrigin: 1000,
  connectionsPerAddress: 256,
});

/** The defaults with some limits changed (tests use small ones to reach a bound quickly). */
export function playgroundLimits(overrides: Partial<PlaygroundLimits> = {}): PlaygroundLimits {
  return { ...playgroundLimitsDefault, ...overrides };
}

/**
 * What each workshop participant adds to the servers' bounds: two tabs' event streams, three
 * connections per origin (two streams and a request connection) and two sandboxes' room.
 */
export const playgroundLimitsPerParticipant = {
  streams: 2,
  connections: 3,
  sandboxes: 2,
} as const;

/**
 * The bounds of a workshop for `participants` participants: each may hold two tabs' event streams on
 * the app origin plus the connections of their requests, and has a sandbox of their own. The total of
 * streams is every participant's share plus the instructor's, so bots holding all they may still
 * leave every real participant theirs. Never lower than `limits`. docs/bounds.md states the numbers.
 */
export function playgroundLimitsWorkshop(limits: PlaygroundLimits, participants: number): PlaygroundLimits {
  const streamsPerSandbox = Math.min(limits.streamsPerSandbox, playgroundLimitsPerParticipant.streams);
  const connectionsPerOrigin = Math.max(
    limits.connectionsPerOrigin,
    playgroundLimitsPerParticipant.connections * participants,
  );
  return {
    ...limits,
    streamsPerSandbox,
    streamsTotal: Math.max(limits.streamsTotal, streamsPerSandbox * participants + limits.streamsPerSandbox),
    connectionsPerOrigin,
    // A whole room may sit behind one NAT: one address gets half of the origin (one and a half
    // connections per participant), and the other half stays free for everyone else.
    connectionsPerAddress: Math.max(limits.connectionsPerAddress, Math.floor(connectionsPerOrigin / 2)),
    sandboxes: Math.max(limits.sandboxes, playgroundLimitsPerParticipant.sandboxes * participants),
  };
}

/**
 * The bounds with `perAddress` connections allowed from one address, and room for at least twice as
 * many per origin, so that even then one address never holds a whole origin.
 */
export function playgroundLimitsPerAddress(limits: PlaygroundLimits, perAddress: number): PlaygroundLimits {
  return {
    ...limits,
    connectionsPerAddress: perAddress,
    connectionsPerOrigin: Math.max(limits.connectionsPerOrigin, 2 * perAddress),
  };
}
