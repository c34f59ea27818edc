import { Bench } from 'tinybench';
import { policyParse, type Policy, type PolicyInput } from '@cors-playground/engine';
import { policyAudit } from '../src/audit/policyAudit.ts';

/**
 * How long the audit (static checks plus every attack origin run through the engine's matcher) takes:
 * a typical policy, the careless regexes, and the largest valid policy — 51 distinct lists of
 * 200 entries (the audit runs in the browser on every policy edit and on a shared link). Targets:
 * typical under 1 ms, largest under 1 s.
 */
function parsed(input: PolicyInput): Policy {
  const result = policyParse(input);
  if (!result.ok) throw new Error(`bench policy invalid: ${JSON.stringify(result.errors)}`);
  return result.policy;
}

const typical = parsed({
  origin: { mode: 'list', allow: ['https://app.bank.example', 'https://admin.bank.example'] },
  credentials: true,
  allowHeaders: { mode: 'list', values: ['content-type'] },
});

const careless = parsed({
  origin: {
    mode: 'list',
    allow: [
      { regex: '^https://.*bank\\.example$' },
      { regex: '^https?://(www|app)\\.bank\\.example$' },
      { regex: '^https://www\\.bank\\.example([^\\w.-].*)?$' },
      'https://*.github.io',
      'https://jsfiddle.net',
    ],
  },
  credentials: true,
});

// One regex in eight: the lists' regex cost budget allows ~25 typical ones.
const allow = (rule: number) =>
  Array.from({ length: 200 }, (_, i) =>
    i % 8 === 1
      ? { regex: `^https://app${i}\\.bank${i}\\.example$` }
      : `https://w${rule}w${i}.site${i}.example`,
  );
const largest = parsed({
  origin: { mode: 'list', allow: allow(0) },
  credentials: true,
  paths: Array.from({ length: 50 }, (_, i) => ({
    path: `^/p${i}/`,
    override: { origin: { mode: 'list' as const, allow: allow(i + 1) } },
  })),
});

// The production tsconfig carries no Node or DOM types (packages stay pure), so type the console here.
const out = (globalThis as unknown as { console: { log(line: string): void; table(data: unknown): void } })
  .console;

const bench = new Bench({ time: 2000, warmup: true });
bench
  .add('typical policy (2 exact origins)', () => {
    policyAudit(typical);
  })
  .add('careless policy (3 regexes, a wildcard, a playground)', () => {
    policyAudit(careless);
  })
  .add('largest policy (51 lists of 200 entries)', () => {
    policyAudit(largest);
  });

await bench.run();
out.table(bench.table());
for (const task of bench.tasks) {
  const ms = task.result && 'latency' in task.result ? task.result.latency.mean : 0;
  out.log(`${task.name}: ${ms.toFixed(2)} ms per audit`);
}
