import { browserLabels, diagnosisRemedy, type DiagnosisFramework } from '@cors-playground/engine';
import type { CheckResult } from './checkResult.ts';

/** Who has to act, in the words the report uses. */
const partyLabel = {
  page: 'the page (your front-end code)',
  server: "the server's CORS configuration",
  proxy: 'a proxy, gateway or cache in front of the server',
  framework: 'a layer of the server outside its CORS middleware',
} as const;

/** `cors check`'s text report: verdict, console, requests, steps, then the diagnosis and the fix. */
export function checkReport(
  result: CheckResult,
  readHeaders: string[],
  framework?: DiagnosisFramework,
): string {
  const { trace, fix, diagnoses } = result;
  const out: string[] = [];
  const verdict = trace.outcome === 'allowed' ? 'ALLOWED' : `BLOCKED (${trace.outcome})`;
  out.push(
    `${verdict}: ${trace.request.method ?? 'GET'} ${trace.request.url} from ${trace.request.pageOrigin} in ${trace.browser}`,
  );
  if (trace.response)
    out.push(`JavaScript sees: ${trace.response.type} response, status ${trace.response.status}`);
  if (trace.error) out.push(`JavaScript gets: ${trace.error}`);
  if (result.allowed && !result.readable) {
    const hidden = readHeaders.filter((h) => !(h.toLowerCase() in (trace.response?.headers ?? {})));
    out.push(`JavaScript cannot read: ${hidden.join(', ')} (reads as null)`);
  }
  // Every line each engine logs (for a failure below CORS, Chromium's network line is all there is).
  out.push('', 'In each engine:');
  for (const engine of result.engines) {
    const verdict = engine.outcome === 'allowed' ? 'ALLOWED' : `BLOCKED (${engine.outcome})`;
    out.push(`  ${browserLabels[engine.browser]}: ${verdict}${engine.error ? `, ${engine.error}` : ''}`);
    out.push(...engine.console.map((line) => `    ${line}`));
  }
  out.push('', 'Requests:');
  for (const e of trace.exchanges) {
    out.push(`  ${e.kind.padEnd(9)} ${e.request.method} ${e.request.url} → ${e.response.status}`);
  }
  out.push('', 'Steps:');
  for (const s of trace.steps) out.push(`  ${s.ok ? '✓' : '✗'} ${s.reason}`);
  for (const d of diagnoses) {
    out.push('', `Diagnosis: ${d.title}`, `  Who: ${partyLabel[d.party]}`, `  Cause: ${d.cause}`);
    const specific = framework ? d.remedies[framework] : undefined;
    out.push(`  Remedy${specific ? ` (${framework})` : ''}: ${diagnosisRemedy(d, framework)}`);
    if (d.challenge) out.push(`  Practise it: the playground challenge "${d.challenge}"`);
  }
  if (fix) {
    const elsewhere = diagnoses.some((d) => d.policyFixMisleading);
    const what =
      fix.framework === 'policy'
        ? `playground policy${framework ? '' : '; add --framework for your stack'}`
        : fix.framework;
    out.push(
      '',
      elsewhere
        ? `Server configuration that would also let it through (${what}), if the diagnosis above does not apply:`
        : fix.framework === 'policy'
          ? `Fix (${what}):`
          : `Fix for ${fix.framework}:`,
    );
    out.push(
      ...fix.code
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
    for (const d of fix.differences) out.push(`  note: ${d}`);
    out.push(fix.audit.length === 0 ? 'Audit of this fix: no finding.' : 'Audit of this fix (cors audit):');
    for (const f of fix.audit) out.push(`  ${f.severity.toUpperCase()} ${f.title}: ${f.why} Fix: ${f.fix}`);
  }
  return `${out.join('\n')}\n`;
}
