/**
 * What saving a big workshop costs: 490 participants each holding a ~30 KB policy (a 15 MB state
 * file), then a burst of policy changes (one every 10 ms, as bots looping on PUT would make) for a few
 * seconds. Reports the CPU the process spent (saves included) as a share of one core, how long a
 * change takes to reach the disk, and the file's size. Re-serialising and rewriting the whole file on every
 * save (before the journal) cost 20.6% of a core here; see docs/bounds.md for the figures.
 *
 *   tsx apps/api/bench/workshopSave.bench.ts [--participants 490] [--seconds 5]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyParse, type Policy } from '@cors-playground/engine';
import { WorkshopRoom } from '../src/workshop/workshopRoom.ts';
import { WorkshopStateFile } from '../src/workshop/workshopStateFile.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const participants = flag('participants', 490);
const seconds = flag('seconds', 5);

/** A valid policy of about 30 KB: 600 exact origins spread over the top rule and two path rules. */
function benchPolicy(index: number, version: number): Policy {
  const origins = (list: number) =>
    Array.from({ length: 200 }, (_, i) => `https://bot-${index}-${version}-list${list}-${i}.example.com`);
  const parsed = policyParse({
    origin: { mode: 'list', allow: origins(0) },
    paths: [1, 2].map((list) => ({
      path: `^/p${list}/`,
      override: { origin: { mode: 'list', allow: origins(list) } },
    })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

const dir = await mkdtemp(join(tmpdir(), 'workshop-save-'));
const file = new WorkshopStateFile(join(dir, 'workshop.json'));
const room0 = await WorkshopRoom.open(file);
const ids: string[] = [];
for (let i = 0; i < participants; i++) {
  const joined = room0.join(`bot${i}`);
  if (!joined.ok) throw new Error(joined.reason);
  ids.push(joined.participant.id);
  room0.participantPolicySave(joined.participant.id, benchPolicy(i, 0));
}
// Start from a room folded into its state file, as after a restart.
await file.flush();
const reopened = new WorkshopStateFile(file.path);
const room2 = await WorkshopRoom.open(reopened);
await reopened.flush();
const size = (await stat(file.path)).size;

// Policies are made before the clock starts: the bench measures saving, not building policies.
const changes = Array.from({ length: seconds * 100 }, (_, n) => benchPolicy(n % participants, n + 1));
const cpuBefore = process.cpuUsage();
const started = performance.now();
const lags: number[] = [];
for (const [n, policy] of changes.entries()) {
  room2.participantPolicySave(ids[n % participants] ?? '', policy);
  if (n % 20 === 0) {
    // How long until a change is on disk, once its write may start (the 50 ms gathering excluded).
    const saved = performance.now();
    await reopened.durable();
    lags.push(performance.now() - saved);
  } else await new Promise((resolve) => setTimeout(resolve, 10));
}
await reopened.flush();
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  `workshop save: ${participants} participants, state file ${(size / 1e6).toFixed(1)} MB, ` +
    `${changes.length} policy changes in ${(wallMs / 1000).toFixed(1)} s: ` +
    `CPU ${((100 * cpuMs) / wallMs).toFixed(1)}% of one core (user ${(cpu.user / 1000).toFixed(0)} ms, ` +
    `system ${(cpu.system / 1000).toFixed(0)} ms); a change on disk after p50 ` +
    `${lags.sort((x, y) => x - y)[Math.floor(lags.length / 2)]?.toFixed(0)} ms, max ${lags.at(-1)?.toFixed(0)} ms`,
);
await rm(dir, { recursive: true, force: true });
