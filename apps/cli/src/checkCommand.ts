import type { Command } from 'commander';
import {
  browserNames,
  diagnosisFrameworkIs,
  diagnosisFrameworks,
  httpTokenIs,
  type DiagnosisFramework,
  type FetchRequest,
  type HeaderList,
} from '@cors-playground/engine';
import { cliExit, cliInputBrowser, cliInputFail } from './cliInput.ts';
import { checkReport } from './checkReport.ts';
import { checkResult } from './checkResult.ts';

interface CheckOptions {
  origin: string;
  method: string;
  header: string[];
  credentials?: boolean;
  readsHeader: string[];
  browser: string;
  framework?: string;
  json?: boolean;
  timeout: string;
}

/**
 * `cors check <url> --origin <origin>`: sends a real server exactly what the browser would (the
 * preflight, then the actual request, following redirects hop by hop), and prints the browser's verdict.
 * Exit 0 only if the browser would let the page read the response (and every `--reads-header`).
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
    .option(
      '--reads-header <name>',
      'a response header the page reads, e.g. X-Total-Count (repeatable): it must be readable too',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--browser <browser>', `the engine the verdict is for: ${browserNames.join(', ')}`, 'chromium')
    .option('--framework <framework>', `write the fix and the remedies for ${diagnosisFrameworks.join(', ')}`)
    .option('--json', 'print the full trace as JSON')
    .option('--timeout <ms>', 'per-request timeout in milliseconds', '10000')
    .action(async (url: string, options: CheckOptions) => {
      const request = checkCommandRequest(url, options);
      const framework = options.framework as DiagnosisFramework | undefined;
      const result = await checkResult(request, {
        browser: cliInputBrowser(options.browser),
        framework,
        readHeaders: options.readsHeader,
        timeoutMs: Number(options.timeout),
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      } else {
        process.stdout.write(checkReport(result, options.readsHeader, framework));
      }
      process.exitCode = result.allowed && result.readable ? cliExit.ok : cliExit.failed;
    });
}

function checkCommandRequest(url: string, options: CheckOptions): FetchRequest {
  if (!/^https?:\/\/[^/]/.test(url)) cliInputFail(`<url> must be an absolute http(s) URL (got "${url}")`);
  if (!/^(?:https?:\/\/[^/]+|null)$/.test(options.origin)) {
    cliInputFail(`--origin must be an origin like https://app.example.com (got "${options.origin}")`);
  }
  cliInputBrowser(options.browser);
  if (options.framework !== undefined && !diagnosisFrameworkIs(options.framework)) {
    cliInputFail(`--framework must be one of ${diagnosisFrameworks.join(', ')} (got "${options.framework}")`);
  }
  for (const name of options.readsHeader) {
    if (!httpTokenIs(name)) cliInputFail(`--reads-header must be a header name (got "${name}")`);
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
