import type { LabEvent } from '@cors-playground/protocol';
import type { SendEventSource } from './sendPorts.ts';

/**
 * The server events of one Send, picked from the sandbox's stream by the token the server stamped on
 * them, whatever else the sandbox receives meanwhile (another tab, curl, a stage page).
 */
export class SendEvents {
  private readonly byId = new Map<number, LabEvent>();
  private readonly waiters = new Set<{ count: number; resolve: () => void }>();
  private readonly unsubscribe: () => void;

  /** Listens from now on; `onChange` gets this send's events, oldest first, each time one arrives. */
  constructor(
    source: SendEventSource,
    sandbox: string,
    private readonly token: string,
    onChange: (events: LabEvent[]) => void,
  ) {
    this.unsubscribe = source.subscribe(sandbox, (events) => {
      const before = this.byId.size;
      for (const event of events) if (event.send === this.token) this.byId.set(event.id, event);
      if (this.byId.size === before) return;
      onChange(this.events);
      for (const waiter of this.waiters) if (this.byId.size >= waiter.count) waiter.resolve();
    });
  }

  /** This send's events so far, oldest first. */
  get events(): LabEvent[] {
    return [...this.byId.values()].sort((a, b) => a.id - b.id);
  }

  /** Resolves once `count` events arrived (at once if they have). */
  arrived(count: number): Promise<void> {
    if (this.byId.size >= count) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = {
        count,
        resolve: () => {
          this.waiters.delete(waiter);
          resolve();
        },
      };
      this.waiters.add(waiter);
    });
  }

  stop(): void {
    this.unsubscribe();
    for (const waiter of this.waiters) waiter.resolve();
  }
}
