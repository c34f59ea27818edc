import type { WorkshopParticipant, WorkshopState } from './workshopState.ts';

const comma = Buffer.from(',');

/** Each participant's JSON, kept until they change (the caller deletes their entry). */
export type WorkshopEncoded = WeakMap<WorkshopParticipant, Buffer>;

function workshopParticipantEncode(participant: WorkshopParticipant, encoded: WorkshopEncoded): Buffer {
  let bytes = encoded.get(participant);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(participant));
    encoded.set(participant, bytes);
  }
  return bytes;
}

/** `[a,b,…]` of the participants' JSON, from `encoded` where it is there. */
function workshopParticipantsEncode(participants: readonly WorkshopParticipant[], encoded: WorkshopEncoded) {
  const chunks: Buffer[] = [Buffer.from('[')];
  for (const [index, participant] of participants.entries()) {
    if (index > 0) chunks.push(comma);
    chunks.push(workshopParticipantEncode(participant, encoded));
  }
  chunks.push(Buffer.from(']'));
  return chunks;
}

/** The state's fields but its participants, as JSON: what a journal line repeats when they change. */
export function workshopStateHead(state: WorkshopState): string {
  const { participants: _participants, ...head } = state;
  return JSON.stringify(head);
}

/**
 * The state file's bytes, `generation` naming the journal that may follow it. A room of 500
 * participants with 30 KB policies costs one participant's `JSON.stringify` per change, not the room's.
 */
export function workshopStateEncode(
  state: WorkshopState,
  encoded: WorkshopEncoded,
  generation: number,
): Buffer {
  const head = workshopStateHead(state);
  return Buffer.concat([
    // The head always has fields (version, startedAt…): the generation and participants follow them.
    Buffer.from(`${head.slice(0, -1)},"generation":${generation},"participants":`),
    ...workshopParticipantsEncode(state.participants, encoded),
    Buffer.from('}\n'),
  ]);
}

/**
 * One journal line: the participants who changed (whole), and the state's other fields when they
 * changed (`head`). Appended after the state file, it costs what changed, not the room.
 */
export function workshopJournalLine(
  participants: readonly WorkshopParticipant[],
  encoded: WorkshopEncoded,
  head: string | undefined,
): Buffer {
  return Buffer.concat([
    Buffer.from(`{${head === undefined ? '' : `"head":${head},`}"participants":`),
    ...workshopParticipantsEncode(participants, encoded),
    Buffer.from('}\n'),
  ]);
}

/**
 * The state file's JSON with the journal's lines applied, when the journal follows this very file (its
 * first line names the file's generation), and the highest generation either names (the next file's
 * must be higher). A line a crash cut short, and any after it, are ignored: it was never reported
 * written.
 */
export function workshopJournalReplay(
  file: Record<string, unknown>,
  journal: string | undefined,
): { state: unknown; generation: number } {
  const { generation: fileGeneration, ...state } = file;
  const lines = (journal ?? '').split('\n');
  const journalGeneration = workshopJournalGeneration(lines[0]);
  const generation = Math.max(Number(fileGeneration) || 0, journalGeneration);
  if (journalGeneration !== (fileGeneration ?? 0)) return { state, generation };
  const participants = Array.isArray(state.participants) ? [...(state.participants as unknown[])] : [];
  const at = new Map(participants.map((p, index) => [(p as { id?: unknown }).id, index]));
  let head: Record<string, unknown> = state;
  for (const line of lines.slice(1)) {
    let batch: { head?: Record<string, unknown>; participants?: Array<{ id?: unknown }> };
    try {
      batch = JSON.parse(line) as typeof batch;
    } catch {
      break;
    }
    if (batch.head) head = batch.head;
    for (const changed of batch.participants ?? []) {
      const index = at.get(changed.id);
      if (index === undefined) at.set(changed.id, participants.push(changed) - 1);
      else participants[index] = changed;
    }
  }
  return { state: { ...head, participants }, generation };
}

/** The generation a journal's first line names; -1 when it names none (no journal, or a cut one). */
function workshopJournalGeneration(first: string | undefined): number {
  try {
    const { generation } = JSON.parse(first ?? '') as { generation?: unknown };
    return typeof generation === 'number' ? generation : -1;
  } catch {
    return -1;
  }
}
