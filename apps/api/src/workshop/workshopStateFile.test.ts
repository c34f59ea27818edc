import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { policyParse, type Policy } from '@cors-playground/engine';
import { WorkshopRoom } from './workshopRoom.ts';
import { WorkshopStateFile } from './workshopStateFile.ts';

let dir: string;
const files: WorkshopStateFile[] = [];
const logged: string[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workshop-file-'));
  logged.length = 0;
});
afterEach(async () => {
  await Promise.all(files.splice(0).map((file) => file.flush()));
  await rm(dir, { recursive: true, force: true });
});

const stateFile = (path = join(dir, 'room.json')) => {
  const file = new WorkshopStateFile(path, 5, (line) => logged.push(line));
  files.push(file);
  return file;
};
const reload = (file: WorkshopStateFile) => new WorkshopStateFile(file.path).load();
const journalLines = async (file: WorkshopStateFile) =>
  (await readFile(file.journalPath, 'utf8')).trim().split('\n');

/** A valid policy of about 30 KB. */
function policyLarge(tag: string): Policy {
  const allow = Array.from({ length: 200 }, (_, i) => `https://${tag}-origin-${i}.example.com`);
  const parsed = policyParse({
    origin: { mode: 'list', allow },
    paths: ['a', 'b', 'c'].map((p) => ({ path: `^/${p}/`, override: { origin: { mode: 'list', allow } } })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

describe('WorkshopStateFile', () => {
  it('answers a join once it is on disk, and joins arriving meanwhile share the next write', async () => {
    const file = stateFile();
    const room = await WorkshopRoom.open(file);
    const joins = await Promise.all(Array.from({ length: 50 }, (_, i) => room.joinDurable(`p${i}`)));
    expect(joins.every((join) => join.ok)).toBe(true);
    // Which state file the journal follows, the first join's write, then one write for the 49 others.
    expect(await journalLines(file)).toHaveLength(3);
    const saved = await reload(file);
    expect(saved?.participants.map((p) => p.name)).toEqual(joins.map((_, i) => `p${i}`));
    for (const path of [file.path, file.journalPath]) expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('appends what changed, and folds the journal into the state file once it outgrows it', async () => {
    const file = stateFile();
    const room = await WorkshopRoom.open(file);
    const ada = await room.joinDurable('Ada');
    if (!ada.ok) throw new Error(ada.reason);
    room.participantPolicySave(ada.participant.id, policyLarge('first'));
    await file.durable();
    const line = (await journalLines(file)).at(-1) ?? '';
    expect(JSON.parse(line).participants).toHaveLength(1);
    expect(line).not.toContain('instructorSecret'); // only what changed
    room.messagePush('hello');
    await file.durable();
    expect(JSON.parse((await journalLines(file)).at(-1) ?? '').head.messages).toHaveLength(1);

    // Over 1 MiB of changes: the journal is folded into the file, and nothing is lost.
    for (let i = 0; i < 50; i++) {
      room.participantPolicySave(ada.participant.id, policyLarge(`v${i}`));
      await file.durable();
    }
    expect((await journalLines(file)).length).toBeLessThan(50);
    const saved = await reload(file);
    expect(saved?.participants[0]?.policy).toEqual(policyLarge('v49'));
    expect(saved?.messages.map((m) => m.text)).toEqual(['hello']);
  });

  it('rewrites the file when a participant is gone, which a journal line cannot say', async () => {
    const file = stateFile();
    const someone = (name: string) => ({
      id: `${name}-participant-id`,
      name,
      credentialHash: 'hash',
      joinedAt: 0,
      lastSeenAt: 0,
      progress: {},
    });
    const [ada, bob, cy] = [someone('Ada'), someone('Bob'), someone('Cy')];
    const state = { version: 1 as const, startedAt: 0, instructorSecret: 's'.repeat(32), messages: [] };
    file.save({ ...state, participants: [ada, bob] });
    await file.durable();
    file.save({ ...state, participants: [ada, bob, cy] }, [cy]);
    await file.durable();
    expect(await journalLines(file)).toHaveLength(2);
    file.save({ ...state, participants: [bob, cy] }, []);
    await file.durable();
    expect(await journalLines(file)).toHaveLength(1);
    expect((await reload(file))?.participants.map((p) => p.name)).toEqual(['Bob', 'Cy']);
  });

  it('ignores a journal line a crash cut short, and a journal that follows another state file', async () => {
    const file = stateFile();
    const room = await WorkshopRoom.open(file);
    await room.joinDurable('Ada');
    await appendFile(file.journalPath, '{"participants":[{"id":"cut-short');
    expect((await reload(file))?.participants.map((p) => p.name)).toEqual(['Ada']);
    // A restart folds the journal into a file of a later generation: the old journal cannot follow it.
    const generation = async () => JSON.parse(await readFile(file.path, 'utf8')).generation as number;
    const before = await generation();
    await WorkshopRoom.open(stateFile());
    expect(await generation()).toBeGreaterThan(before);
    expect(await journalLines(file)).toEqual([JSON.stringify({ generation: await generation() })]);
    const saved = await reload(file);
    const renamed = { ...saved?.participants[0], name: 'Mallory' };
    const other = `${JSON.stringify({ generation: 99 })}\n${JSON.stringify({ participants: [renamed] })}\n`;
    await writeFile(file.journalPath, other);
    expect((await reload(file))?.participants.map((p) => p.name)).toEqual(['Ada']);
  });

  it('removes only the temporary files crashes left beside it, at start', async () => {
    const stale = ['room.json.tmp-12-3', 'room.json.4026531840', 'room.json.journal.tmp-7-1'];
    const kept = ['room.json.bak', 'room.json.tmp-x', 'other.json.tmp-1-1', 'room.json.journal'];
    for (const name of [...stale, ...kept]) await writeFile(join(dir, name), 'secret');
    expect(await stateFile().load()).toBeUndefined();
    expect((await readdir(dir)).sort()).toEqual([...kept].sort());
  });

  it('says once per error when saving fails, refuses joins meanwhile, and recovers', async () => {
    const nested = join(dir, 'nested');
    await mkdir(nested);
    const file = stateFile(join(nested, 'room.json'));
    const room = await WorkshopRoom.open(file);
    await rm(nested, { recursive: true });

    expect(await room.joinDurable('Ada')).toMatchObject({ ok: false, status: 503 });
    expect(await room.joinDurable('Bob')).toMatchObject({ ok: false, status: 503 });
    expect(room.size).toBe(0);
    expect(room.overview().saveError).toMatch(/ENOENT/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`${file.path}: ENOENT: no such file or directory\n`);

    await mkdir(nested);
    expect(await room.joinDurable('Cy')).toMatchObject({ ok: true });
    expect(room.overview().saveError).toBeUndefined();
    expect(logged.at(-1)).toContain('again');
    expect((await reload(file))?.participants.map((p) => p.name)).toEqual(['Cy']);
  });

  it('makes a room that cannot be written fail to open', async () => {
    await expect(WorkshopRoom.open(stateFile(join(dir, 'missing', 'room.json')))).rejects.toThrow(/ENOENT/);
  });
});
