import type { Policy } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import { eventClip } from './eventClip.ts';
import { eventCookieRedact } from './eventCookieRedact.ts';
import type { EventLog, StoredEvent } from './eventLog.ts';
import { PolicyHistory } from './policyHistory.ts';
import { SandboxSends } from './sandboxSends.ts';

export type LabEventDraft = Omit<LabEvent, 'id' | 'sandbox' | 'time' | 'send'>;
type LabEventListener = (event: StoredEvent) => void;

let nextEventId = 1;

/**
 * One isolated playground: its live policy and the log of what its lab API received. Workshop mode
 * gives each participant one; plain paths use the `default` sandbox.
 */
export class Sandbox {
  private currentPolicy: Policy;
  private readonly listeners = new Set<LabEventListener>();
  private readonly policyListeners = new Set<(policy: Policy) => void>();
  /** The policies it had before, with what replaced each: any replacement can be undone. */
  readonly policyHistory = new PolicyHistory();
  /** The playground Sends open here: each request recorded is stamped with the one opened last. */
  readonly sends = new SandboxSends();
  /** What "Restore default" brings back: the playground's initial policy. */
  readonly policyDefault: Policy;
  private readonly policyDefaultText: string;
  /** When it was last used (a request, a control call, an event stream closing), for idle removal. */
  lastUsed = Date.now();

  constructor(
    readonly id: string,
    policy: Policy,
    private readonly log: EventLog,
    /** Longest text an event keeps in one place (see `PlaygroundLimits.eventValueBytes`). */
    private readonly eventValueBytes: number,
    /** What "Restore default" brings back. Default: the policy it starts with. */
    policyDefault: Policy = policy,
  ) {
    this.currentPolicy = policy;
    this.policyDefault = policyDefault;
    this.policyDefaultText = JSON.stringify(policyDefault);
  }

  get policy(): Policy {
    return this.currentPolicy;
  }

  /**
   * Takes effect for the very next request: nothing caches the policy. The policy replaced goes to the
   * history, labelled with `by` (what replaced it, in words). A change made on the server without a
   * label is a challenge's start or a reset, the only ones there are.
   */
  policyReplace(policy: Policy, by = 'A challenge start or reset'): void {
    const wasDefault = JSON.stringify(this.currentPolicy) === this.policyDefaultText;
    this.policyHistory.record(this.currentPolicy, policy, by, wasDefault);
    this.currentPolicy = policy;
    for (const listener of this.policyListeners) listener(policy);
  }

  /**
   * Calls `listener` after every policy change, whoever made it (a challenge re-decides its attempt);
   * returns the unsubscribe.
   */
  policySubscribe(listener: (policy: Policy) => void): () => void {
    this.policyListeners.add(listener);
    return () => this.policyListeners.delete(listener);
  }

  /**
   * Logs an event and hands it to every open stream; it is serialised once, however many listen.
   * Cookie values are redacted here, the one way into the log, whoever built the event.
   */
  eventRecord(draft: LabEventDraft): StoredEvent {
    const requestHeaders = eventCookieRedact(draft.requestHeaders);
    const send = this.sends.stamp();
    const event = eventClip(
      {
        ...draft,
        requestHeaders,
        id: nextEventId++,
        sandbox: this.id,
        time: Date.now(),
        ...(send === undefined ? {} : { send }),
      },
      this.eventValueBytes,
    );
    const stored: StoredEvent = { id: event.id, data: JSON.stringify(event) };
    this.log.append(this.id, stored.id, stored.data);
    for (const listener of this.listeners) listener(stored);
    return stored;
  }

  /** The logged events after `lastId`, oldest first (what a reconnecting stream replays). */
  eventsSince(lastId: number): StoredEvent[] {
    return this.log.since(this.id, lastId);
  }

  eventSubscribe(listener: LabEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Open event streams: a sandbox somebody is watching is in use, however long since its last request. */
  get subscriberCount(): number {
    return this.listeners.size;
  }
}
