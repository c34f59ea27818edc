import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { policyParse } from '@cors-playground/engine';
import { WorkshopRoom } from './workshopRoom.ts';
import { WorkshopStateFile } from './workshopStateFile.ts';

let dir: string;
let file: WorkshopStateFile;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workshop-'));
  file = new WorkshopStateFile(join(dir, 'workshop.json'), 5);
});
afterEach(async () => {
  await file.flush();
  await rm(dir, { recursive: true, force: true });
});

describe('WorkshopRoom', () => {
  it('gives each participant a random sandbox and a credential only that participant holds', async () => {
    const room = await WorkshopRoom.open(file);
    const ada = room.join('Ada');
    const bob = room.join('Bob');
    if (!ada.ok || !bob.ok) throw new Error('join refused');
    expect(ada.participant.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(ada.participant.id).not.toBe(bob.participant.id);
    expect(ada.secret).toHaveLength(43);
    expect(room.participantFor(ada.secret)?.name).toBe('Ada');
    expect(room.participantFor(bob.secret)?.name).toBe('Bob');
    expect(room.participantFor(ada.participant.id)).toBeUndefined();
    expect(room.participantFor(`${ada.secret}x`)).toBeUndefined();
    expect(room.participantFor(undefined)).toBeUndefined();
    expect(JSON.stringify(room.overview())).not.toContain(ada.secret);
    expect(JSON.stringify(room.overview())).not.toContain(ada.participant.credentialHash);
  });

  it('trades a login token once for an instructor session', async () => {
    const room = await WorkshopRoom.open(file);
    const token = room.instructor.loginCreate();
    expect(room.instructor.loginConsume(token.slice(1))).toBeUndefined();
    const session = room.instructor.loginConsume(token);
    expect(session).toHaveLength(43);
    expect(room.instructor.loginConsume(token)).toBeUndefined();
    expect(room.instructor.sessionIs(session)).toBe(true);
    expect(room.instructor.sessionIs(token)).toBe(false);
    expect(room.instructor.sessionIs(session?.slice(1))).toBe(false);
    expect(room.instructor.sessionIs(undefined)).toBe(false);
    // Rotating ends every session and voids every unused link, and opens one for who asked.
    const unused = room.instructor.loginCreate();
    const rotated = room.instructor.rotate();
    expect(room.instructor.sessionIs(session)).toBe(false);
    expect(room.instructor.loginConsume(unused)).toBeUndefined();
    expect(room.instructor.sessionIs(rotated)).toBe(true);
  });

  it('refuses invisible, duplicate and instructor-like names, and renames to the normalised name', async () => {
    const room = await WorkshopRoom.open(file);
    const ada = room.join('  Ada \u00A0  Lovelace ');
    if (!ada.ok) throw new Error('join refused');
    expect(ada.participant.name).toBe('Ada Lovelace');
    expect(room.join('ada lovelace')).toMatchObject({ ok: false, status: 400, field: 'name' });
    expect(room.join('Bob')).toMatchObject({ ok: true });
    expect(room.participantRename(ada.participant, 'BOB')).toMatchObject({ status: 400 });
    expect(room.participantRename(ada.participant, 'ADA LOVELACE')).toBeUndefined();
    expect(ada.participant.name).toBe('ADA LOVELACE');
    expect(room.join('Insтructor')).toMatchObject({ ok: true });
    expect(room.join('The Instructor')).toMatchObject({ ok: false, status: 400 });
    expect(room.size).toBe(3);
  });

  it('no longer takes the long-lived instructor secret of an older state file, and drops it', async () => {
    const legacy = 'L'.repeat(43);
    const state = { version: 1, startedAt: 1, instructorSecret: legacy, participants: [], messages: [] };
    await writeFile(file.path, JSON.stringify(state));
    const room = await WorkshopRoom.open(file);
    expect(room.instructor.sessionIs(legacy)).toBe(false);
    expect(room.instructor.loginConsume(legacy)).toBeUndefined();
    room.messagePush('hello');
    await file.flush();
    expect(await readFile(file.path, 'utf8')).not.toContain(legacy);
  });

  it('loads the progress of an older state file as attempts: solved is exploited, fixed is fixed', async () => {
    const ada = {
      id: 'A'.repeat(22),
      name: 'Ada',
      credentialHash: 'h',
      joinedAt: 1,
      lastSeenAt: 1,
      progress: { one: { solvedAt: 5 }, two: { solvedAt: 5, fixedAt: 9 }, three: {} },
    };
    await writeFile(
      file.path,
      JSON.stringify({ version: 1, startedAt: 1, participants: [ada], messages: [] }),
    );
    const room = await WorkshopRoom.open(file);
    expect(room.progressOf(ada.id)).toEqual({
      one: { state: 'exploited', startedAt: 5, exploitedAt: 5 },
      two: { state: 'fixed', startedAt: 5, exploitedAt: 5, fixedAt: 9 },
      three: { state: 'started', startedAt: 0 },
    });
    room.messagePush('saved again');
    await file.flush();
    expect(await readFile(file.path, 'utf8')).not.toContain('solvedAt');
  });

  it('removes participants: seat, credential and hints go, and stay gone after a restart', async () => {
    const room = await WorkshopRoom.open(file);
    const removed: string[] = [];
    room.subscribeSandboxDrop((id) => removed.push(id));
    const ada = room.join('Ada');
    const bob = room.join('Bob');
    if (!ada.ok || !bob.ok) throw new Error('join refused');
    room.messagePush('hint', ada.participant.id);
    expect(room.remove([ada.participant.id, 'nobody'])).toBe(1);
    expect(removed).toEqual([ada.participant.id]);
    expect(room.participantFor(ada.secret)).toBeUndefined();
    expect(room.messagesFor()).toEqual([]);
    expect(room.joinedWithin(60_000)).toEqual([bob.participant.id]);
    await file.flush();
    const again = await WorkshopRoom.open(new WorkshopStateFile(file.path));
    expect(again.participantFor(ada.secret)).toBeUndefined();
    expect(again.participantFor(bob.secret)?.name).toBe('Bob');
  });

  it('keeps participants, policies, progress, messages and the instructor across a restart', async () => {
    const room = await WorkshopRoom.open(file);
    const ada = room.join('Ada');
    if (!ada.ok) throw new Error('join refused');
    const reflect = policyParse({ origin: { mode: 'reflect' } });
    if (!reflect.ok) throw new Error('invalid policy');
    expect(room.participantPolicySave(ada.participant.id, reflect.policy)).toBe(true);
    room.progressSave(ada.participant.id, {
      'reflected-origin': { state: 'exploited', startedAt: 1, exploitedAt: 2 },
    });
    room.messagePush('Try the sibling subdomain');
    const session = room.instructor.loginConsume(room.instructor.loginCreate());
    await file.flush();

    const again = await WorkshopRoom.open(new WorkshopStateFile(file.path));
    // The instructor's browser stays logged in; the state file holds only the session's hash.
    expect(again.instructor.sessionIs(session)).toBe(true);
    expect(await readFile(file.path, 'utf8')).not.toContain(session);
    const restored = again.participantFor(ada.secret);
    expect(restored?.name).toBe('Ada');
    expect(restored?.policy).toEqual(reflect.policy);
    expect(restored?.progress['reflected-origin']).toEqual({
      state: 'exploited',
      startedAt: 1,
      exploitedAt: 2,
    });
    expect(again.messagesFor(ada.participant.id).map((m) => m.text)).toEqual(['Try the sibling subdomain']);
    expect((await stat(file.path)).mode & 0o777).toBe(0o600);
  });

  it('keeps a participant’s parsed policy only up to 64 KiB', async () => {
    const room = await WorkshopRoom.open(file);
    const ada = room.join('Ada');
    if (!ada.ok) throw new Error('join refused');
    const allow = Array.from({ length: 200 }, (_, i) => `https://origin-number-${i}.example.com`);
    const rules = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        path: `^/${i}/`,
        override: { origin: { mode: 'list', allow } },
      }));
    const small = policyParse({ paths: rules(1) });
    const large = policyParse({ paths: rules(12) });
    if (!small.ok || !large.ok) throw new Error('invalid policy');
    expect(room.participantPolicySave(ada.participant.id, small.policy)).toBe(true);
    expect(room.participantPolicySave(ada.participant.id, large.policy)).toBe(false);
    expect(room.participantById(ada.participant.id)?.policy).toEqual(small.policy);
    expect(room.participantPolicySave('not-a-participant', large.policy)).toBe(true);
  });

  it('writes a burst of changes once, and never leaves a half-written file', async () => {
    const room = await WorkshopRoom.open(file);
    for (let i = 0; i < 200; i++) room.join(`p${i}`);
    await file.flush();
    const journal = (await readFile(file.journalPath, 'utf8')).trim().split('\n');
    expect(journal).toHaveLength(2); // which state file it follows, then the one write
    expect((await new WorkshopStateFile(file.path).load())?.participants).toHaveLength(200);
  });

  it('refuses to start from a file that is not a workshop state, saying what is wrong', async () => {
    await writeFile(file.path, JSON.stringify({ version: 2 }));
    await expect(WorkshopRoom.open(file)).rejects.toThrow(/is not a workshop state file \(version: /);
  });

  it('is bounded: participants and messages', async () => {
    const room = await WorkshopRoom.open(file, { participants: 2, messages: 3 });
    room.join('a');
    room.join('b');
    expect(room.join('c')).toEqual({ ok: false, status: 503, reason: expect.stringContaining('full') });
    for (let i = 1; i <= 5; i++) room.messagePush(`m${i}`);
    expect(room.messagesFor().map((m) => m.text)).toEqual(['m3', 'm4', 'm5']);
  });

  it('sends a hint to one participant only', async () => {
    const room = await WorkshopRoom.open(file);
    const ada = room.join('Ada');
    const bob = room.join('Bob');
    if (!ada.ok || !bob.ok) throw new Error('join refused');
    room.messagePush('Look at Vary', ada.participant.id);
    expect(room.messagesFor(ada.participant.id)).toHaveLength(1);
    expect(room.messagesFor(bob.participant.id)).toHaveLength(0);
  });

  it('shows the instructor each attempt with its evidence, without what only the replay needs', async () => {
    const room = await WorkshopRoom.open(file);
    const ada = room.join('Ada');
    if (!ada.ok) throw new Error('join refused');
    const evidence = {
      origin: 'http://blog.victim.localhost:5175',
      seat: 'sibling',
      sessionTravelled: true,
      requestLine: 'GET /api-key',
      headers: [['origin', 'http://blog.victim.localhost:5175']] as [string, string][],
      body: null,
      at: 2,
    };
    room.progressSave(ada.participant.id, {
      c: { state: 'exploited', startedAt: 1, exploitedAt: 2, evidence },
    });
    const { headers: _headers, body: _body, ...shown } = evidence;
    expect(room.overview().participants[0]?.progress).toEqual({
      c: { state: 'exploited', startedAt: 1, exploitedAt: 2, evidence: shown },
    });
    expect(room.progressOf(ada.participant.id)?.c?.evidence?.headers).toEqual(evidence.headers);
  });

  it('resets one participant or everyone, and ends', async () => {
    const room = await WorkshopRoom.open(file);
    const ada = room.join('Ada');
    const bob = room.join('Bob');
    if (!ada.ok || !bob.ok) throw new Error('join refused');
    room.progressSave(ada.participant.id, { c: { state: 'exploited', startedAt: 1, exploitedAt: 2 } });
    room.progressSave(bob.participant.id, {
      c: { state: 'fixed', startedAt: 1, exploitedAt: 2, fixedAt: 3 },
    });
    expect(room.reset(ada.participant.id)).toBe(true);
    expect(ada.participant.progress).toEqual({});
    expect(bob.participant.progress.c?.state).toBe('fixed');
    expect(room.reset('nobody')).toBe(false);
    room.reset();
    expect(bob.participant.progress).toEqual({});
    let heard = 0;
    room.subscribe(() => heard++);
    room.end();
    expect(heard).toBe(1);
    expect(room.join('late')).toEqual({ ok: false, status: 410, reason: 'This workshop has ended.' });
  });
});
