import type { Policy } from '@cors-playground/engine';
import type { ChallengeAttempts } from '@cors-playground/protocol';
import { WorkshopInstructor } from './workshopInstructor.ts';
import { workshopMessagePush, workshopMessagesFor } from './workshopMessage.ts';
import { workshopRoomOverview, type WorkshopRoomOverview } from './workshopRoomOverview.ts';
import { WorkshopRoster, type WorkshopJoin, type WorkshopRefusal } from './workshopRoster.ts';
import {
  workshopPolicyBytes,
  type WorkshopMessage,
  type WorkshopParticipant,
  type WorkshopState,
  type WorkshopStateStore,
} from './workshopState.ts';

/** Bounds of one room; docs/bounds.md states them. */
export interface WorkshopRoomLimits {
  /** Participants who may join. Default 500. */
  participants: number;
  /** Messages kept (the oldest go first). Default 100. */
  messages: number;
}

export const workshopRoomLimitsDefault: Readonly<WorkshopRoomLimits> = Object.freeze({
  participants: 500,
  messages: 100,
});

/**
 * A workshop room: who joined, their progress and policies, the instructor's sessions, the messages
 * pushed to the room. Every change is handed to the state store (saved atomically, coalesced), so a
 * restart keeps the room; listeners hear of every change (the instructor's live view), and removal
 * listeners of every participant removed (whose sandbox, streams and log must go with them).
 */
export class WorkshopRoom {
  private readonly roster: WorkshopRoster;
  private readonly listeners = new Set<() => void>();
  private readonly sandboxDropListeners = new Set<(id: string) => void>();
  /** The instructor's login links and sessions. */
  readonly instructor: WorkshopInstructor;

  private constructor(
    private readonly state: WorkshopState,
    private readonly store: WorkshopStateStore,
    private readonly limits: WorkshopRoomLimits,
  ) {
    this.roster = new WorkshopRoster(state.participants);
    // A file from before single-use login links: its long-lived secret is no credential any more.
    delete state.instructorSecret;
    this.instructor = new WorkshopInstructor(state, () => this.changed());
  }

  /**
   * The room saved in `store`, or a new, empty one; written back before it is returned, so a store
   * that cannot be written stops the start rather than the first participant.
   */
  static async open(
    store: WorkshopStateStore,
    limits: WorkshopRoomLimits = workshopRoomLimitsDefault,
  ): Promise<WorkshopRoom> {
    const saved = await store.load();
    const state: WorkshopState = saved ?? {
      version: 1,
      startedAt: Date.now(),
      participants: [],
      messages: [],
    };
    const room = new WorkshopRoom(state, store, limits);
    room.changed();
    await store.durable();
    return room;
  }

  get ended(): boolean {
    return this.state.endedAt !== undefined;
  }

  get size(): number {
    return this.roster.size;
  }

  /** A new participant with their own sandbox and credential (returned once, never stored). */
  join(rawName: string): WorkshopJoin {
    if (this.ended) return { ok: false, status: 410, reason: 'This workshop has ended.' };
    if (this.roster.size >= this.limits.participants) {
      return {
        ok: false,
        status: 503,
        reason: `This workshop is full: ${this.limits.participants} participants have joined.`,
      };
    }
    const joined = this.roster.participantCreate(rawName);
    if (!joined.ok) return joined;
    this.state.participants.push(joined.participant);
    this.roster.add(joined.participant);
    this.changed([joined.participant]);
    return joined;
  }

  /**
   * `join`, resolved once the participant is durably saved: their credential must survive a crash
   * before they are given it. When the save fails they are removed again and get a 503.
   */
  async joinDurable(name: string): Promise<WorkshopJoin> {
    const joined = this.join(name);
    if (!joined.ok) return joined;
    try {
      await this.store.durable();
      return joined;
    } catch {
      this.remove([joined.participant.id]);
      return { ok: false, status: 503, reason: 'Could not save your place in the workshop: try again soon.' };
    }
  }

  /** The participant whose credential is `secret`, if any. */
  participantFor(secret: string | undefined): WorkshopParticipant | undefined {
    return this.roster.byCredential(secret);
  }

  participantById(id: string): WorkshopParticipant | undefined {
    return this.roster.byIdGet(id);
  }

  /** Renames a participant, or says why the new name is refused. */
  participantRename(participant: WorkshopParticipant, rawName: string): WorkshopRefusal | undefined {
    const name = this.roster.nameCheck(rawName, participant);
    if (!name.ok) return name;
    participant.name = name.name;
    this.changed([participant]);
    return undefined;
  }

  /**
   * Removes participants: their seat is free, their credential opens nothing any more (a restart
   * included), hints to them go, and removal listeners drop their sandbox. Answers how many went.
   */
  remove(ids: Iterable<string>): number {
    const gone = new Set<string>();
    for (const id of ids) if (this.roster.delete(id)) gone.add(id);
    if (gone.size === 0) return 0;
    this.state.participants = this.state.participants.filter((p) => !gone.has(p.id));
    this.state.messages = this.state.messages.filter((m) => m.to === undefined || !gone.has(m.to));
    this.changed();
    for (const id of gone) this.sandboxDropped(id);
    return gone.size;
  }

  /** The ids of everyone who joined in the last `ms` milliseconds (a burst of bots). */
  joinedWithin(ms: number): string[] {
    const since = Date.now() - ms;
    return this.state.participants.filter((p) => p.joinedAt >= since).map((p) => p.id);
  }

  /**
   * Calls `listener` with the id of every participant whose sandbox must go: removed, or reset to the
   * fresh sandbox a newcomer gets. Returns the unsubscribe.
   */
  subscribeSandboxDrop(listener: (id: string) => void): () => void {
    this.sandboxDropListeners.add(listener);
    return () => this.sandboxDropListeners.delete(listener);
  }

  /**
   * Remembers a participant's live policy (as `policyParse` returned it), so a restart gives it back.
   * False, and nothing kept, when its JSON passes `workshopPolicyBytes`; true for a sandbox that is
   * no participant's (nothing to keep).
   */
  participantPolicySave(id: string, policy: Policy): boolean {
    const participant = this.roster.byIdGet(id);
    if (!participant) return true;
    if (Buffer.byteLength(JSON.stringify(policy)) > workshopPolicyBytes) return false;
    participant.policy = policy;
    participant.lastSeenAt = Date.now();
    this.changed([participant]);
    return true;
  }

  /** A participant's challenge attempts, or undefined for a sandbox that is no participant's. */
  progressOf(id: string): ChallengeAttempts | undefined {
    return this.roster.byIdGet(id)?.progress;
  }

  /** Keeps a participant's challenge attempts as the server decided them. */
  progressSave(id: string, attempts: ChallengeAttempts): void {
    const participant = this.roster.byIdGet(id);
    if (!participant) return;
    participant.progress = attempts;
    participant.lastSeenAt = Date.now();
    this.changed([participant]);
  }

  /**
   * Clears the progress and saved policy of one participant, or of everyone; reset listeners then give
   * each a fresh sandbox (the live policy a newcomer gets), at once rather than at the next restart.
   */
  reset(id?: string): boolean {
    const one = id === undefined ? undefined : this.roster.byIdGet(id);
    const targets = id === undefined ? this.roster.all() : one ? [one] : [];
    for (const participant of targets) {
      participant.progress = {};
      delete participant.policy;
    }
    if (targets.length === 0) return false;
    this.changed(targets);
    for (const participant of targets) this.sandboxDropped(participant.id);
    return true;
  }

  /** Pushes a message to the room, or to one participant (a hint). */
  messagePush(text: string, to?: string): WorkshopMessage {
    const message = workshopMessagePush(this.state.messages, text, to, this.limits.messages);
    this.changed([]);
    return message;
  }

  /** The messages a participant (or, with no id, the instructor) may read, oldest first. */
  messagesFor(id?: string): WorkshopMessage[] {
    return workshopMessagesFor(this.state.messages, id);
  }

  end(): void {
    this.state.endedAt ??= Date.now();
    this.changed([]);
  }

  /** The room as the instructor sees it. */
  overview(): WorkshopRoomOverview {
    return workshopRoomOverview(this.state, this.store.error);
  }

  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private sandboxDropped(id: string): void {
    for (const listener of this.sandboxDropListeners) listener(id);
  }

  /** `participants`: the only ones that changed (default: any may have). */
  private changed(participants?: readonly WorkshopParticipant[]): void {
    this.store.save(this.state, participants);
    for (const listener of this.listeners) listener();
  }
}
