import { policyParse } from '../src/policy/policyParse.ts';
import { regexLimits } from '../src/policy/regexLimits.ts';
import { corsWorstCaseMeasure } from '../src/server/corsWorstCase.testkit.ts';

/**
 * The most CPU one lab request can cost: the worst policies `regexLimits` let through (hostile
 * patterns filling every budget, each anchor and case mode), a hostile `Origin` and path as long as
 * patterns run on, and an 8 KB `Origin` and path. Each request runs on a freshly parsed policy, so
 * compiling counts too. Target: < 10 ms.
 */
// The engine's tsconfig carries no Node or DOM types (packages stay pure), so type the host here.
const host = globalThis as unknown as {
  console: { log(line: string): void };
  process: { cpuUsage(): { user: number; system: number } };
};
const { console } = host;

/** Process CPU time in ms: the machine is shared, and wall time would count other processes' turns. */
const cpuMs = () => {
  const usage = host.process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

// What froze the API before the limits: now refused at validation.
const frozen = policyParse({
  origin: { mode: 'list', allow: Array.from({ length: 50 }, () => ({ regex: '(.*a){900}!!' })) },
});
console.log(
  `(.*a){900}!! ×50: ${frozen.ok ? 'ACCEPTED' : `refused (${frozen.errors[0]?.path}: ${frozen.errors[0]?.message})`}`,
);

corsWorstCaseMeasure(cpuMs, 1); // warm the JIT, as a running API is
const worst = corsWorstCaseMeasure(cpuMs, 5);
for (const row of [...worst.perCase].sort((a, b) => b.time - a.time).slice(0, 5)) {
  console.log(`  ${row.time.toFixed(2)} ms  ${row.name}`);
}
console.log(
  `worst single-request CPU time: ${worst.time.toFixed(2)} ms (target < 10 ms; Origin regexes run on ≤ ${regexLimits.originInputMax} characters, path rules on ≤ ${regexLimits.pathInputMax}, an 8 KB Origin included)`,
);
