import type http from 'node:http';
import type { PageFetchResult } from './browserObservation.ts';
import type { HarnessJob } from './harnessPage.ts';
import { harnessPageHtml } from './harnessPage.ts';

/** One fetch's result as the harness page posted it, with how many requests its scenario had logged then. */
export interface HarnessResult {
  job: number;
  fetch: number;
  result: PageFetchResult;
  /** The scenario's server log length when the result arrived: its requests up to here are this fetch's. */
  logLength: number;
}

/** A run of the harness page: the jobs it pulls, the results it posted, and whether it said it is done. */
export interface HarnessRun {
  jobs: HarnessJob[];
  results: HarnessResult[];
  done: boolean;
}

/**
 * The scripted server's side of a browser driven without an automation protocol (WebKitGTK's MiniBrowser):
 * the runner stores a list of jobs under a run id, the page served at `/__harness/<run>` on any scenario
 * origin pulls them one by one (same-origin, so nothing of the harness itself meets CORS or the console),
 * runs each scenario's fetches and posts each result back.
 */
export function scriptServerHarness(logLength: (token: string) => number) {
  const runs = new Map<string, HarnessRun>();

  function json(res: http.ServerResponse, status: number, value: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(value));
  }

  return {
    /** `PUT /__control/harness/<run>` stores the jobs; `GET` returns the run; `DELETE` drops it. */
    control(req: http.IncomingMessage, res: http.ServerResponse, id: string, body: string): void {
      if (req.method === 'PUT') {
        runs.set(id, { jobs: JSON.parse(body) as HarnessJob[], results: [], done: false });
        return json(res, 200, { ok: true });
      }
      const run = runs.get(id);
      if (req.method === 'DELETE') runs.delete(id);
      return run ? json(res, 200, run) : json(res, 404, { error: `no harness run ${id}` });
    },
    /** `/__harness/<run>` (the page), `…/job/<i>`, `POST …/result`, `POST …/done`. */
    page(req: http.IncomingMessage, res: http.ServerResponse, path: string, body: string): void {
      const [, , id = '', action, index] = path.split('/');
      const run = runs.get(id);
      if (!run) return json(res, 404, { error: `no harness run ${id}` });
      if (action === undefined) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(harnessPageHtml(id));
        return;
      }
      if (action === 'job') return json(res, 200, run.jobs[Number(index)] ?? null);
      if (action === 'result' && req.method === 'POST') {
        const posted = JSON.parse(body) as Omit<HarnessResult, 'logLength'>;
        const token = run.jobs[posted.job]?.token ?? '';
        run.results.push({ ...posted, logLength: logLength(token) });
        return json(res, 200, { ok: true });
      }
      if (action === 'done' && req.method === 'POST') {
        run.done = true;
        return json(res, 200, { ok: true });
      }
      return json(res, 404, { error: `unknown harness ${req.method} ${path}` });
    },
  };
}
