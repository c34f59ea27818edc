import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  playgroundProcessKillAll,
  playgroundProcessMain,
  playgroundProcessRequest as send,
  playgroundProcessStart,
} from '../start/playgroundProcess.testkit.ts';
import { playgroundTesting, playgroundTestingStopAll } from '../start/playgroundTesting.testkit.ts';
import { WorkshopStateFile } from './workshopStateFile.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workshop-crash-'));
});
afterEach(async () => {
  playgroundProcessKillAll();
  await playgroundTestingStopAll();
  await rm(dir, { recursive: true, force: true });
});

/** A valid policy of about 30 KB whose first allowed origin says whose and which version it is. */
function botPolicy(bot: number, version: number) {
  const padding = Array.from({ length: 199 }, (_, i) => `https://padding-origin-${bot}-${i}.example.com`);
  const allow = [`http://b${bot}-v${version}.test`, ...padding];
  return {
    origin: { mode: 'list', allow },
    paths: [{ path: '^/p/', override: { origin: { mode: 'list', allow: padding.slice(0, 150) } } }],
  };
}

const cookieOf = (setCookie: string | string[] | undefined) =>
  ([setCookie].flat()[0] ?? '').split(';')[0] ?? '';

/** The version of bot `bot`'s policy in a saved or live policy (0 when it has none yet). */
function botPolicyVersion(bot: number, policy: unknown): number {
  const first = (policy as { origin?: { allow?: unknown[] } } | undefined)?.origin?.allow?.[0];
  return Number(new RegExp(`^http://b${bot}-v(\\d+)\\.test$`).exec(String(first))?.[1] ?? 0);
}

/**
 * Each participant's policy version as the files on disk hold it right now, read the way a restart
 * reads them (from a copy: the server keeps writing); undefined when the copy caught a write half-way.
 */
async function savedVersions(
  dir: string,
  names: Map<string, number>,
): Promise<Map<number, number> | undefined> {
  const copy = await mkdtemp(join(tmpdir(), 'workshop-crash-copy-'));
  try {
    await copyFile(join(dir, 'room.json'), join(copy, 'room.json'));
    await copyFile(join(dir, 'room.json.journal'), join(copy, 'room.json.journal')).catch(() => undefined);
    const state = await new WorkshopStateFile(join(copy, 'room.json'), undefined, () => undefined).load();
    const versions = new Map<number, number>();
    for (const participant of state?.participants ?? []) {
      const bot = names.get(participant.name);
      if (bot !== undefined) versions.set(bot, botPolicyVersion(bot, participant.policy));
    }
    return versions;
  } catch {
    return undefined;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

describe('abuse: a crash loses nothing the server acknowledged', () => {
  // How soon a change reaches the disk is a timing, measured in `pnpm bench` (workshopSave.bench.ts):
  // here, what the disk held before the kill must survive it, whatever the machine's load.
  it('keeps a join answered just before kill -9, and every policy the disk held before it', async () => {
    // Temporary files an earlier crash left (one holds a secret), and files that are not ours.
    const stale = ['room.json.tmp-4242-7', 'room.json.123456789'];
    const foreign = ['room.json.bak', 'notes.json.tmp-1-1', 'room.json.tmp-notes'];
    for (const name of [...stale, ...foreign]) await writeFile(join(dir, name), 'instructorSecret');
    // A relative path is the user's directory's (INIT_CWD), not the server's (apps/api).
    const flags = ['--workshop', '--workshop-file', 'room.json'];
    const first = await playgroundProcessStart(flags, { INIT_CWD: dir });
    const names = await readdir(dir);
    expect(names).toContain('room.json');
    for (const name of stale) expect(names).not.toContain(name);
    for (const name of foreign) expect(names).toContain(name);
    expect((await stat(join(dir, 'room.json'))).mode & 0o777).toBe(0o600);

    const control = `${first.config.appOrigin}/control`;
    const bots = await Promise.all(
      Array.from({ length: 20 }, async (_, bot) => {
        const localAddress = `127.0.0.${2 + (bot % 8)}`;
        const joined = await send(`${control}/workshop/me`, {
          method: 'PUT',
          body: { name: `bot${bot}` },
          localAddress,
        });
        expect(joined.status).toBe(201);
        const { sandbox } = JSON.parse(joined.body) as { sandbox: string };
        return {
          bot,
          localAddress,
          sandbox,
          cookie: cookieOf(joined.headers['set-cookie']),
          acks: [] as number[],
        };
      }),
    );
    // The write burst: every bot applies a new policy as soon as the last one is acknowledged.
    let crashed = false;
    const loops = bots.map(async ({ bot, localAddress, sandbox, cookie, acks }) => {
      for (let version = 1; !crashed; version++) {
        const url = `${control}/sandboxes/${sandbox}/policy`;
        const reply = await send(url, {
          method: 'PUT',
          body: botPolicy(bot, version),
          cookie,
          localAddress,
        }).catch(() => undefined);
        if (reply?.status === 200) acks.push(version);
        else if (!crashed) throw new Error(`policy ${bot}/${version}: ${reply?.status} ${reply?.body}`);
      }
    });
    await expect.poll(() => bots.every((b) => b.acks.length >= 5), { timeout: 30_000 }).toBe(true);
    // Writes go on; the disk catches up with every version acknowledged so far (a condition read from
    // the files, not a wait of so many milliseconds).
    const acknowledged = new Map(bots.map(({ bot, acks }) => [bot, acks.at(-1) ?? 0]));
    const botNames = new Map(bots.map(({ bot }) => [`bot${bot}`, bot]));
    let onDisk = new Map<number, number>();
    await expect
      .poll(
        async () => {
          onDisk = (await savedVersions(dir, botNames)) ?? new Map();
          return bots.every(({ bot }) => (onDisk.get(bot) ?? 0) >= (acknowledged.get(bot) ?? 1));
        },
        { timeout: 30_000 },
      )
      .toBe(true);

    const ada = await send(`${control}/workshop/me`, {
      method: 'PUT',
      body: { name: 'Ada' },
      localAddress: '127.0.0.10',
    });
    crashed = true;
    await first.crash();
    await Promise.all(loops);
    expect(ada.status).toBe(201);

    const second = await playgroundProcessStart(flags, { INIT_CWD: dir });
    const again = `${second.config.appOrigin}/control`;
    const me = await send(`${again}/workshop/me`, { cookie: cookieOf(ada.headers['set-cookie']) });
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body)).toMatchObject({ name: 'Ada' });
    for (const { bot, sandbox, cookie } of bots) {
      const held = onDisk.get(bot) ?? 0;
      const policy = await send(`${again}/sandboxes/${sandbox}/policy`, { cookie });
      expect(policy.status).toBe(200);
      const saved = botPolicyVersion(bot, JSON.parse(policy.body));
      expect(
        saved,
        `bot ${bot}: version ${saved} after the restart, ${held} on disk before the crash`,
      ).toBeGreaterThanOrEqual(held);
    }
    await second.crash();
  }, 90_000);

  it('refuses joins while the file cannot be written, tells the instructor, and recovers', async () => {
    const nested = join(dir, 'nested');
    await mkdir(nested);
    const playground = await playgroundTesting({}, [
      '--workshop',
      '--workshop-file',
      join(nested, 'room.json'),
    ]);
    const joinAda = () =>
      send(`${playground.config.appOrigin}/control/workshop/me`, { method: 'PUT', body: { name: 'Ada' } });
    await rm(nested, { recursive: true });
    const refused = await joinAda();
    expect(refused.status).toBe(503);
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect(playground.workshop?.overview()).toMatchObject({
      participants: [],
      saveError: expect.stringMatching(/ENOENT/),
    });
    await mkdir(nested);
    expect((await joinAda()).status).toBe(201);
    expect(playground.workshop?.overview().saveError).toBeUndefined();
  }, 30_000);

  it('refuses to start when the workshop file cannot be written, naming it, before listening', async () => {
    const files = [join(dir, 'missing', 'room.json'), '/proc/cors-workshop.json'];
    // `--dev` skips building the SPA; the start stops before anything (Vite included) listens. The two
    // processes are independent: started together, the test waits for one start-up, not two.
    const exits = await Promise.all(
      files.map((file) => playgroundProcessMain(['--dev', '--workshop', '--workshop-file', file])),
    );
    for (const [n, exit] of exits.entries()) {
      const file = files[n] ?? '';
      expect(exit.code, exit.stderr).toBe(1);
      expect(exit.stderr).toContain(`Cannot keep the workshop in ${file}`);
      expect(exit.stdout).not.toContain('is running');
    }
  }, 60_000);
});
