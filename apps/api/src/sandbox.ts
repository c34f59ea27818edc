import type { Policy } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';

type LabEventDraft = Omit<LabEvent, 'id' | 'sandbox' | 'time'>;
type LabEventListener = (event: LabEvent) => void;

/** How many events a sandbox keeps for `Last-Event-ID` replay. */
const eventHistoryLimit = 500;
let nextEventId = 1;

/**
 * One isolated playground: its live policy and the log of what its lab API received. Workshop mode
 * will give each participant one; until then there is a single `default` sandbox.
 */
export class Sandbox {
  private currentPolicy: Policy;
  private readonly history: LabEvent[] = [];
  private readonly listeners = new Set<LabEventListener>();

  constructor(
    readonly id: string,
    policy: Policy,
  ) {
    this.currentPolicy = policy;
  }

  get policy(): Policy {
    return this.currentPolicy;
  }

  /** Takes effect for the very next request: nothing caches the policy. */
  policyReplace(policy: Policy): void {
    this.currentPolicy = policy;
  }

  eventRecord(draft: LabEventDraft): LabEvent {
    const event: LabEvent = { ...draft, id: nextEventId++, sandbox: this.id, time: Date.now() };
    this.history.push(event);
    if (this.history.length > eventHistoryLimit) this.history.shift();
    for (const listener of this.listeners) listener(event);
    return event;
  }

  eventsSince(lastId: number): LabEvent[] {
    return this.history.filter((event) => event.id > lastId);
  }

  eventSubscribe(listener: LabEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
