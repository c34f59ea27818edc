import type { Command } from 'commander';
import {
  simulateFetch,
  type BrowserName,
  type FetchRequest,
  type HeaderList,
  type Trace,
} from '@cors-playground/engine';
import {
  exportTargets,
  policyExportersRun,
  requestPolicy,
  type ExportTarget,
} from '@cors-playground/production';
import { cliExit, cliInputFail } from './cliInput.ts';
import { serverFromHttp } from './serverFromHttp.ts';

interface CheckOptions {
  origin: string;
  method: string;
  header: string[];
  credentials?: boolean;
  browser: string;
  framework?: string;
  json?: boolean;
  timeout: string;
}

/**
 * `cors check <url> --origin <origin>`: sends a real server exactly what the browser would (the
 * preflight, then the actual request, following redirects hop by hop), and prints the browser's verdict.
 * Exit 0 only if the browser would let the page read the response.
 */
export function checkCommand(program: Command): void {
  program
    .command('check')
    .description('check a real server: would a browser on --origin be allowed to fetch <url>?')
    .argument('<url>', 'absolute http(s) URL')
    .requiredOption('--origin <origin>', 'origin of the calling page, e.g. https://app.example.com')
    .option('--method <method>', 'request method', 'GET')
    .option(
      '--header <header>',
      "request header 'Name: value' (repeatable)",
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--credentials', "send credentials (fetch's credentials: 'include')")
    .option('--browser <browser>', 'chromium or firefox', 'chromium')
    .option('--framework <framework>', `show the fix for ${exportTargets.join(', ')}`)
    .option('--json', 'print the full trace as JSON')
    .option('--timeout <ms>', 'per-request timeout in milliseconds', '10000')
    .action(async (url: string, options: CheckOptions) => {
      const request = checkCommandRequest(url, options);
      const trace = await simulateFetch(request, serverFromHttp({ timeoutMs: Number(options.timeout) }), {
        browser: options.browser as BrowserName,
      });
      const allowed = trace.outcome === 'allowed';
      const fix = allowed ? null : checkCommandFix(trace, options.framework as ExportTarget | undefined);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ allowed, trace, fix }, null, 2)}\n`);
      } else {
        process.stdout.write(checkCommandReport(trace, fix));
      }
      process.exitCode = allowed ? cliExit.ok : cliExit.failed;
    });
}

function checkCommandRequest(url: string, options: CheckOptions): FetchRequest {
  if (!/^https?:\/\/[^/]/.test(url)) cliInputFail(`<url> must be an absolute http(s) URL (got "${url}")`);
  if (!/^(?:https?:\/\/[^/]+|null)$/.test(options.origin)) {
    cliInputFail(`--origin must be an origin like https://app.example.com (got "${options.origin}")`);
  }
  if (options.browser !== 'chromium' && options.browser !== 'firefox') {
    cliInputFail(`--browser must be chromium or firefox (got "${options.browser}")`);
  }
  if (options.framework !== undefined && !(exportTargets as readonly string[]).includes(options.framework)) {
    cliInputFail(`--framework must be one of ${exportTargets.join(', ')} (got "${options.framework}")`);
  }
  if (!(Number(options.timeout) > 0)) cliInputFail(`--timeout must be a positive number of milliseconds`);
  const headers: HeaderList = options.header.map((h) => {
    const colon = h.indexOf(':');
    if (colon <= 0) cliInputFail(`--header must look like 'Name: value' (got "${h}")`);
    return [h.slice(0, colon).trim(), h.slice(colon + 1).trim()];
  });
  return {
    pageOrigin: options.origin,
    url,
    method: options.method,
    headers,
    credentials: options.credentials ? 'include' : 'same-origin',
    mode: 'cors',
    redirect: 'follow',
  };
}

interface CheckFix {
  framework: ExportTarget | 'policy';
  code: string;
  differences: string[];
}

/** The least-privilege configuration that would let this request through, in the user's framework. */
function checkCommandFix(trace: Trace, framework: ExportTarget | undefined): CheckFix | null {
  if (trace.outcome === 'invalid-request') return null;
  const policy = requestPolicy(trace);
  if (!framework) {
    const { version: _v, paths: _p, ...rule } = policy;
    return { framework: 'policy', code: `${JSON.stringify(rule, null, 2)}\n`, differences: [] };
  }
  const exported = policyExportersRun(policy, framework);
  return { framework, code: exported.code, differences: exported.differences };
}

function checkCommandReport(trace: Trace, fix: CheckFix | null): string {
  const out: string[] = [];
  const verdict = trace.outcome === 'allowed' ? 'ALLOWED' : `BLOCKED (${trace.outcome})`;
  out.push(
    `${verdict}: ${trace.request.method ?? 'GET'} ${trace.request.url} from ${trace.request.pageOrigin} in ${trace.browser}`,
  );
  if (trace.response)
    out.push(`JavaScript sees: ${trace.response.type} response, status ${trace.response.status}`);
  if (trace.error) out.push(`JavaScript gets: ${trace.error}`);
  // Every line Chromium logs: for a failure below CORS the network line is all there is.
  const chromiumLines = trace.consoleChromiumLines ?? (trace.consoleChromium ? [trace.consoleChromium] : []);
  if (chromiumLines.length > 0)
    out.push('', 'Chromium console:', ...chromiumLines.map((line) => `  ${line}`));
  if (trace.consoleFirefox && trace.browser === 'firefox')
    out.push('', 'Firefox console:', `  ${trace.consoleFirefox}`);
  out.push('', 'Requests:');
  for (const e of trace.exchanges) {
    out.push(`  ${e.kind.padEnd(9)} ${e.request.method} ${e.request.url} → ${e.response.status}`);
  }
  out.push('', 'Steps:');
  for (const s of trace.steps) out.push(`  ${s.ok ? '✓' : '✗'} ${s.reason}`);
  if (fix) {
    out.push(
      '',
      fix.framework === 'policy'
        ? 'Fix (playground policy; add --framework for your stack):'
        : `Fix for ${fix.framework}:`,
    );
    out.push(
      ...fix.code
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
    for (const d of fix.differences) out.push(`  note: ${d}`);
  }
  return `${out.join('\n')}\n`;
}
