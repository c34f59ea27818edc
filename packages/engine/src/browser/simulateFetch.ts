import { fetchSimulation, type SimOptions } from './fetchSimulation.ts';
import type { FetchRequest, Trace } from './fetchTypes.ts';
import type { ServerResponse, SimServer, SimServerSync } from './../http/httpTypes.ts';

/**
 * Simulates `fetch(request)` in `options.browser` against a synchronous server (the policy engine,
 * scripted responses). A server that throws counts as a network failure, never a crash.
 */
export function simulateFetchSync(request: FetchRequest, server: SimServerSync, options: SimOptions): Trace {
  const run = fetchSimulation(request, options);
  let step = run.next();
  while (!step.done) {
    let response: ServerResponse;
    try {
      response = server(step.value);
    } catch (error) {
      step = run.throw(error);
      continue;
    }
    step = run.next(response);
  }
  return step.value;
}

/** Simulates `fetch(request)` against a server that may answer asynchronously (a real HTTP server). */
export async function simulateFetch(
  request: FetchRequest,
  server: SimServer,
  options: SimOptions,
): Promise<Trace> {
  const run = fetchSimulation(request, options);
  let step = run.next();
  while (!step.done) {
    let response: ServerResponse;
    try {
      response = await server(step.value);
    } catch (error) {
      step = run.throw(error);
      continue;
    }
    step = run.next(response);
  }
  return step.value;
}
