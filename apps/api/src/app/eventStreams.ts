import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlaygroundLimits } from '../shared/playgroundLimits.ts';
import type { StoredEvent } from '../sandbox/eventLog.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';

/** Keep-alive comments stop proxies and browsers from closing an idle event stream. */
const eventStreamKeepAliveMs = 15_000;

const eventStreamHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};

/** A stream that cannot be opened, and why. */
export interface EventStreamRefusal {
  status: 429 | 503;
  reason: string;
  retryAfterSeconds: number;
}

type EventStreamLimits = Pick<
  PlaygroundLimits,
  'streamsPerSandbox' | 'streamsTotal' | 'streamBufferedBytes' | 'streamBufferedBytesTotal'
>;

/**
 * The open server-sent event streams of the control plane, bounded in number and in unsent bytes. A
 * client that stops reading would otherwise make the server buffer every event for it forever: once
 * its backlog passes the limit its connection is closed, and the browser's EventSource reconnects
 * with `Last-Event-ID` and gets what it missed replayed from the event log.
 */
export class EventStreams {
  private open = 0;
  private bufferedTotal = 0;
  /** How to end each open stream, by sandbox id (a removed participant's streams end with them). */
  private readonly enders = new Map<string, Set<() => void>>();

  constructor(private readonly limits: EventStreamLimits) {}

  /** Open streams now (all sandboxes). */
  get count(): number {
    return this.open;
  }

  /** Unsent bytes over all streams, as last measured. */
  get buffered(): number {
    return this.bufferedTotal;
  }

  /** Ends every open stream of sandbox `id`. */
  sandboxClose(id: string): void {
    for (const end of [...(this.enders.get(id) ?? [])]) end();
  }

  /** Why a new stream on `sandbox` must be refused, if it must. */
  refusal(sandbox: Sandbox): EventStreamRefusal | undefined {
    if (sandbox.subscriberCount >= this.limits.streamsPerSandbox) {
      return {
        status: 429,
        reason:
          `Sandbox ${sandbox.id} already has ${this.limits.streamsPerSandbox} open event streams: ` +
          'close a playground tab (or use another sandbox).',
        retryAfterSeconds: 10,
      };
    }
    if (this.open >= this.limits.streamsTotal) {
      return {
        status: 503,
        reason: `This playground already serves ${this.limits.streamsTotal} event streams, its limit.`,
        retryAfterSeconds: 30,
      };
    }
    return undefined;
  }

  /**
   * Streams `sandbox`'s events on `res`: first those after `lastId` (a reconnect), then live ones.
   * `onClose` runs once when the stream ends, whoever ends it.
   */
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    sandbox: Sandbox,
    lastId: number,
    onClose: () => void,
  ): void {
    res.writeHead(200, eventStreamHeaders);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    this.open++;
    let buffered = 0;
    let closed = false;
    let unsubscribe = () => {};
    const keepAlive = setInterval(() => write(': keep-alive\n\n'), eventStreamKeepAliveMs);
    const close = () => {
      if (closed) return;
      closed = true;
      clearInterval(keepAlive);
      unsubscribe();
      this.bufferedTotal -= buffered;
      buffered = 0;
      this.open--;
      ends.delete(end);
      if (ends.size === 0) this.enders.delete(sandbox.id);
      onClose();
    };
    const end = () => {
      close();
      res.destroy();
    };
    const ends = this.enders.get(sandbox.id) ?? new Set();
    ends.add(end);
    this.enders.set(sandbox.id, ends);
    res.on('close', close);
    res.on('drain', () => {
      this.bufferedTotal -= buffered;
      buffered = 0;
    });
    const write = (chunk: string) => {
      if (closed) return;
      res.write(chunk);
      const now = res.writableLength;
      this.bufferedTotal += now - buffered;
      buffered = now;
      if (
        buffered > this.limits.streamBufferedBytes ||
        this.bufferedTotal > this.limits.streamBufferedBytesTotal
      ) {
        // Not reading: drop it. Its EventSource reconnects and the log replays what it missed.
        end();
      }
    };
    const writeEvent = (event: StoredEvent) => write(`id: ${event.id}\nevent: lab\ndata: ${event.data}\n\n`);
    if (Number.isFinite(lastId)) sandbox.eventsSince(lastId).forEach(writeEvent);
    write(': connected\n\n');
    if (closed) return;
    unsubscribe = sandbox.eventSubscribe(writeEvent);
  }
}
