import {
  requestPrepareMethod,
  serverFromScript,
  simulateFetchSync,
  type BrowserName,
  type FetchRequest,
  type ServerRequest,
  type Trace,
} from '@cors-playground/engine';
import { responsesFromCurl } from '@cors-playground/production';
import { curlScriptBuild, type CurlAssignment } from './curlScript.ts';

export interface CurlAnalysisAssignment extends CurlAssignment {
  /** Whether the simulated browser's requests reached this response. */
  used: boolean;
  /** Why it was not used; null when used. */
  unusedWhy: string | null;
}

export type CurlAnalysis =
  | { state: 'empty' }
  | { state: 'error'; error: string }
  | { state: 'done'; trace: Trace; assignments: CurlAnalysisAssignment[]; notes: string[] };

function curlAnalysisUnusedWhy(assignment: CurlAssignment, preflightNeeded: boolean): string {
  if (assignment.role === 'preflight' && !preflightNeeded) return 'this request needs no preflight.';
  if (assignment.key === null) return 'the response before it is not a redirect, so the browser stops there.';
  return 'the browser stopped before sending this request.';
}

/**
 * Analyses pasted `curl -i` output as the answers to `request`: which pasted response answers which
 * request, what the browser makes of them, and what could not be known (a request with no pasted
 * answer is simulated as a 404 without headers, and said so). Never throws.
 */
export function curlAnalysisRun(text: string, request: FetchRequest, browser: BrowserName): CurlAnalysis {
  if (text.trim() === '') return { state: 'empty' };
  const parsed = responsesFromCurl(text);
  if (!parsed.ok) return { state: 'error', error: parsed.error };
  try {
    // A dry run against no server only to learn whether the browser would send a preflight.
    const dry = simulateFetchSync(request, serverFromScript({}), { browser });
    const preflightNeeded = dry.preflight.needed;
    const { script, assignments, assumed } = curlScriptBuild(
      { method: requestPrepareMethod(request.method ?? 'GET'), url: request.url, preflightNeeded },
      parsed.responses,
    );
    const scripted = serverFromScript(script);
    const hits = new Set<string>();
    const misses = new Set<string>();
    const server = (sent: ServerRequest) => {
      const key = `${sent.method} ${sent.url}`;
      (key in script ? hits : misses).add(key);
      return scripted(sent);
    };
    const trace = simulateFetchSync(request, server, { browser });
    const notes: string[] = [];
    for (const key of misses) {
      const what = key.startsWith('OPTIONS ') && preflightNeeded ? 'the preflight' : 'the request';
      notes.push(
        `No pasted response answers ${what} ${key}: the simulator assumed a 404 without headers, so this part of the verdict is not your server's. Paste its curl -i output too (commands below).`,
      );
    }
    for (const key of assumed.filter((k) => hits.has(k))) {
      notes.push(
        `The redirect target's preflight (${key}) was not pasted: assumed it answers like the first preflight.`,
      );
    }
    return {
      state: 'done',
      trace,
      assignments: assignments.map((a) => {
        const used = a.key !== null && hits.has(a.key);
        return { ...a, used, unusedWhy: used ? null : curlAnalysisUnusedWhy(a, preflightNeeded) };
      }),
      notes,
    };
  } catch (error) {
    return { state: 'error', error: `The simulator could not run this request: ${String(error)}` };
  }
}
