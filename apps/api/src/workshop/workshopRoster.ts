import { workshopSandboxIdCreate, workshopSecretCreate, workshopSecretHash } from './workshopCredential.ts';
import { workshopNameKey, workshopNameParse, type WorkshopName } from './workshopName.ts';
import type { WorkshopParticipant } from './workshopState.ts';

/** Why the room refuses a join or a rename; `field` names the request field at fault. */
export interface WorkshopRefusal {
  ok: false;
  status: number;
  reason: string;
  field?: string;
}

/** A participant who joined, with their credential (given to them once, never stored), or why not. */
export type WorkshopJoin = { ok: true; participant: WorkshopParticipant; secret: string } | WorkshopRefusal;

/**
 * Who is in the room, found by sandbox id or by credential. An index over the room's saved list of
 * participants: the room changes the list and tells the roster, so both always hold the same people.
 */
export class WorkshopRoster {
  private readonly byHash = new Map<string, WorkshopParticipant>();
  private readonly byId = new Map<string, WorkshopParticipant>();

  constructor(participants: Iterable<WorkshopParticipant>) {
    for (const participant of participants) this.add(participant);
  }

  get size(): number {
    return this.byId.size;
  }

  add(participant: WorkshopParticipant): void {
    this.byHash.set(participant.credentialHash, participant);
    this.byId.set(participant.id, participant);
  }

  /** Forgets a participant: their credential opens nothing any more. Answers whom it forgot, if anyone. */
  delete(id: string): WorkshopParticipant | undefined {
    const participant = this.byId.get(id);
    if (!participant) return undefined;
    this.byId.delete(id);
    this.byHash.delete(participant.credentialHash);
    return participant;
  }

  byIdGet(id: string): WorkshopParticipant | undefined {
    return this.byId.get(id);
  }

  /** The participant whose credential is `secret`, if any. */
  byCredential(secret: string | undefined): WorkshopParticipant | undefined {
    if (!secret || secret.length > 128) return undefined;
    // A hash lookup: the map compares digests of secrets, which tell an attacker nothing by timing.
    return this.byHash.get(workshopSecretHash(secret));
  }

  all(): WorkshopParticipant[] {
    return [...this.byId.values()];
  }

  /**
   * A newcomer named `rawName`, with their own sandbox and credential, or why the name is refused. Not
   * yet in the room: the room adds them.
   */
  participantCreate(rawName: string): WorkshopJoin {
    const name = this.nameCheck(rawName);
    if (!name.ok) return name;
    const secret = workshopSecretCreate();
    const now = Date.now();
    const participant: WorkshopParticipant = {
      id: workshopSandboxIdCreate(),
      name: name.name,
      credentialHash: workshopSecretHash(secret),
      joinedAt: now,
      lastSeenAt: now,
      progress: {},
    };
    return { ok: true, participant, secret };
  }

  /** `raw` normalised, unless it is malformed or another participant's name (whatever its case). */
  nameCheck(raw: string, self?: WorkshopParticipant): Extract<WorkshopName, { ok: true }> | WorkshopRefusal {
    const name = workshopNameParse(raw);
    if (!name.ok) return { ok: false, status: 400, reason: name.reason, field: 'name' };
    const taken = [...this.byId.values()].some(
      (other) => other !== self && workshopNameKey(other.name) === name.key,
    );
    if (taken) {
      const reason = `“${name.name}” is already in the room: add an initial or choose another name.`;
      return { ok: false, status: 400, reason, field: 'name' };
    }
    return name;
  }
}
