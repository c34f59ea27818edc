import {
  browserNames,
  diagnosisFind,
  simulateFetch,
  type BrowserName,
  type ServerRequest,
  type ServerResponse,
  type SimServer,
  type TraceOutcome,
  type Diagnosis,
  type DiagnosisFramework,
  type FetchRequest,
  type Trace,
} from '@cors-playground/engine';
import {
  exportTargets,
  fixAudit,
  policyExportersRun,
  requestPolicy,
  type AuditFinding,
  type ExportTarget,
} from '@cors-playground/production';
import { serverFromHttp } from './serverFromHttp.ts';
import { simulateTraceConsoleLines } from './simulateTrace.ts';

/** What one engine makes of the request: its verdict, its TypeError and the console lines it shows. */
export interface CheckEngine {
  browser: BrowserName;
  outcome: TraceOutcome;
  error: string | null;
  console: string[];
}

/** A server configuration that lets the request through, in the user's framework, with its audit. */
export interface CheckFix {
  framework: ExportTarget | 'policy';
  code: string;
  differences: string[];
  /** What `cors audit` finds in this configuration: a fix is never offered without what it opens. */
  audit: AuditFinding[];
}

/** Everything `cors check` reports about one request. */
export interface CheckResult {
  /** The browser lets the page read the response. */
  allowed: boolean;
  /** Every `--reads-header` name is readable by the page's script. */
  readable: boolean;
  trace: Trace;
  /** The recognised shapes: who must act, why, and what to do (page-side fixes first). */
  diagnoses: Diagnosis[];
  fix: CheckFix | null;
  /** The same request in every engine (Chromium, Firefox, WebKit), `trace` being the `browser` one's. */
  engines: CheckEngine[];
}

export interface CheckResultOptions {
  browser: BrowserName;
  /** The stack to write the fix and the remedies for. Default: the playground policy, general remedies. */
  framework?: DiagnosisFramework;
  /** Response headers the page reads. Default none. */
  readHeaders?: string[];
  /** Per-request timeout in milliseconds. Default 10000. */
  timeoutMs?: number;
}

/** Sends the real server what the browser would, then diagnoses the result and proposes a fix. */
export async function checkResult(request: FetchRequest, options: CheckResultOptions): Promise<CheckResult> {
  const server = checkResultServerOnce(serverFromHttp({ timeoutMs: options.timeoutMs ?? 10_000 }));
  const trace = await simulateFetch(request, server, { browser: options.browser });
  const engines: CheckEngine[] = [];
  for (const browser of browserNames) {
    const other = browser === options.browser ? trace : await simulateFetch(request, server, { browser });
    engines.push({
      browser,
      outcome: other.outcome,
      error: other.error,
      console: simulateTraceConsoleLines(other),
    });
  }
  const readHeaders = options.readHeaders ?? [];
  const allowed = trace.outcome === 'allowed';
  const visible = trace.response?.headers ?? {};
  const readable = allowed && readHeaders.every((h) => h.toLowerCase() in visible);
  const diagnoses = diagnosisFind({ trace, readHeaders });
  const fix = allowed && readable ? null : checkResultFix(trace, readHeaders, options.framework);
  return { allowed, readable, trace, diagnoses, fix, engines };
}

/**
 * The engines mostly send the very same requests: each distinct one (method, URL, headers, body) reaches
 * the real server once and its answer is shared, so checking three engines never repeats a PUT.
 */
function checkResultServerOnce(server: SimServer): SimServer {
  const answers = new Map<string, Promise<ServerResponse>>();
  return (request: ServerRequest) => {
    const key = JSON.stringify([request.method, request.url, request.headers, request.body]);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = Promise.resolve(server(request));
      answers.set(key, answer);
    }
    return answer;
  };
}

/** The least-privilege configuration that would let this request through (and expose what it reads). */
function checkResultFix(
  trace: Trace,
  readHeaders: string[],
  framework: DiagnosisFramework | undefined,
): CheckFix | null {
  if (trace.outcome === 'invalid-request') return null;
  const base = requestPolicy(trace);
  const expose = readHeaders.filter(
    (h, i) => readHeaders.findIndex((other) => other.toLowerCase() === h.toLowerCase()) === i,
  );
  const policy = { ...base, exposeHeaders: [...base.exposeHeaders, ...expose] };
  const audit = fixAudit(policy);
  if (!framework || !(exportTargets as readonly string[]).includes(framework)) {
    const { version: _v, paths: _p, ...rule } = policy;
    const differences =
      framework === 'lambda'
        ? [
            'Lambda has no exporter: return these headers from every code path of the function (API Gateway proxy integration), or set them in the API’s CORS configuration (HTTP API).',
          ]
        : [];
    return { framework: 'policy', code: `${JSON.stringify(rule, null, 2)}\n`, differences, audit };
  }
  const exported = policyExportersRun(policy, framework as ExportTarget);
  return {
    framework: framework as ExportTarget,
    code: exported.code,
    differences: exported.differences,
    audit,
  };
}
