import { Bench } from 'tinybench';
import { policyParse, type PolicyInput } from '@cors-playground/engine';
import { auditAttacks } from '../src/audit/auditAttack.ts';
import { exposureMap, type ExposureMapOptions } from '../src/exposure/exposureMap.ts';

/**
 * How long the exposure map takes (the attacking audit, then every seat × request kind × browser run
 * through the browser simulator against the lab API): it runs in the browser on every policy edit.
 * Cases: the app alone, the suffix regex of the e2e, and many wildcard entries with 50 path rules
 * (each granted subdomain is a row). Target: a typical map well inside one frame (16 ms); the largest
 * under a quarter of a second.
 */
const origins: ExposureMapOptions = {
  appOrigin: 'http://localhost:5173',
  apiOrigin: 'http://localhost:4000',
  siblingOrigin: 'http://localhost:5174',
  crossSiteOrigin: 'http://evil.localhost:5174',
};

function mapRun(input: PolicyInput): () => void {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error(`bench policy invalid: ${JSON.stringify(parsed.errors)}`);
  const policy = parsed.policy;
  return () => {
    exposureMap(policy, { ...origins, attacks: auditAttacks(policy) });
  };
}

const wildcards = (rule: number) => Array.from({ length: 200 }, (_, i) => `https://*.r${rule}d${i}.example`);

// The production tsconfig carries no Node or DOM types (packages stay pure), so type the console here.
const out = (globalThis as unknown as { console: { log(line: string): void; table(data: unknown): void } })
  .console;

const bench = new Bench({ time: 2000, warmup: true });
bench
  .add(
    'the app only, with credentials',
    mapRun({ origin: { mode: 'list', allow: [origins.appOrigin] }, credentials: true }),
  )
  .add(
    'a suffix regex (the e2e policy)',
    mapRun({
      origin: { mode: 'list', allow: [{ regex: '^http://.*victim\\.localhost:5174$' }] },
      credentials: true,
    }),
  )
  .add(
    '51 lists of 200 wildcards',
    mapRun({
      origin: { mode: 'list', allow: wildcards(0) },
      credentials: true,
      paths: Array.from({ length: 50 }, (_, i) => ({
        path: `^/p${i}/`,
        override: { origin: { mode: 'list' as const, allow: wildcards(i + 1) } },
      })),
    }),
  );

await bench.run();
out.table(bench.table());
for (const task of bench.tasks) {
  const ms = task.result && 'latency' in task.result ? task.result.latency.mean : 0;
  out.log(`${task.name}: ${ms.toFixed(2)} ms per map`);
}
