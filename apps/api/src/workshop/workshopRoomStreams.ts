import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WorkshopRoomView } from '@cors-playground/protocol';
import type { WorkshopRoom } from './workshopRoom.ts';

/** Bounds of the instructor's room streams; docs/bounds.md states them. */
export interface WorkshopRoomStreamLimits {
  /** Room streams open at once (instructor tabs, projector included). Default 8. */
  streams: number;
  /** Unsent bytes one stream may hold before it is closed (its EventSource reconnects). Default 4 MiB. */
  bufferedBytes: number;
  /** Changes within this many milliseconds go out as one snapshot. Default 100. */
  coalesceMs: number;
  /** A comment line this often keeps proxies from closing an idle stream. Default 15,000. */
  keepAliveMs: number;
}

export const workshopRoomStreamLimitsDefault: Readonly<WorkshopRoomStreamLimits> = Object.freeze({
  streams: 8,
  bufferedBytes: 4 * 1024 * 1024,
  coalesceMs: 100,
  keepAliveMs: 15_000,
});

/** The room as the instructor sees it: participants, progress, every message sent. */
export function workshopRoomView(room: WorkshopRoom): WorkshopRoomView {
  return { ...room.overview(), messages: room.messagesFor() };
}

/**
 * The instructor's live room: server-sent events, each a whole snapshot of the room (`event: room`),
 * one on connect and one after every burst of changes. Snapshots rather than diffs: a reconnecting
 * or lagging client needs only the newest, so a client that stops reading is simply dropped.
 */
export class WorkshopRoomStreams {
  private readonly writers = new Set<(chunk: string) => void>();
  private unsubscribe: (() => void) | undefined;
  private pending: NodeJS.Timeout | undefined;

  constructor(
    private readonly room: WorkshopRoom,
    private readonly limits: WorkshopRoomStreamLimits = workshopRoomStreamLimitsDefault,
  ) {}

  /** Open streams now. */
  get count(): number {
    return this.writers.size;
  }

  /**
   * Streams the room on `res`, or answers 503 when too many are open. `allowed` is asked before each
   * snapshot: a stream whose instructor session was rotated away ends.
   */
  serve(req: IncomingMessage, res: ServerResponse, allowed: () => boolean): void {
    if (this.writers.size >= this.limits.streams) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' });
      res.end(`The room already has ${this.limits.streams} live views open: close an instructor tab.`);
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      clearInterval(keepAlive);
      this.writers.delete(write);
      if (this.writers.size === 0) this.stop();
    };
    const write = (chunk: string) => {
      if (closed) return;
      if (!allowed()) {
        close();
        res.destroy();
        return;
      }
      res.write(chunk);
      // Not reading: drop it; its EventSource reconnects and the first snapshot is all it needs.
      if (res.writableLength > this.limits.bufferedBytes) {
        close();
        res.destroy();
      }
    };
    const keepAlive = setInterval(() => write(': keep-alive\n\n'), this.limits.keepAliveMs);
    res.on('close', close);
    write(this.snapshot());
    if (closed) return;
    this.writers.add(write);
    this.unsubscribe ??= this.room.subscribe(() => this.schedule());
  }

  /** One snapshot for every stream, however many changes came in the last `coalesceMs`. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      const chunk = this.snapshot();
      for (const write of [...this.writers]) write(chunk);
    }, this.limits.coalesceMs);
  }

  private snapshot(): string {
    return `event: room\ndata: ${JSON.stringify(workshopRoomView(this.room))}\n\n`;
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.pending);
    this.pending = undefined;
  }
}
