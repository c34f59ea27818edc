import type { FetchRequest } from '@cors-playground/engine';
import type { Scenario, ScriptedResponse, ScriptedResponses } from '../scenarioTypes.ts';

/**
 * What a scenario passes to fetch() besides the defaults its builders were made with. `pageOrigin` and
 * `url` may be given too, to override those defaults for one scenario.
 */
export type ScenarioInit = Partial<FetchRequest>;

/**
 * The shapes most scenarios take: one fetch, and what the scripted server answers to it. The `id` and
 * `note` come first so that a list of scenarios reads as a list of ids and notes.
 */
export interface ScenarioBuilders {
  /**
   * A fetch that is not preflighted; `answer` is the server's response to it. In both builders `more`
   * (default none) scripts further requests, such as the one a redirect leads to.
   */
  answered(
    id: string,
    note: string,
    init: ScenarioInit,
    answer: ScriptedResponse,
    more?: ScriptedResponses,
  ): Scenario;
  /** A preflighted fetch: `preflight` answers its OPTIONS request, `answer` the request itself. */
  preflighted(
    id: string,
    note: string,
    init: ScenarioInit,
    preflight: ScriptedResponse,
    answer: ScriptedResponse,
    more?: ScriptedResponses,
  ): Scenario;
  /** A fetch the server has no script for: it is refused before it is sent, or meets a bare 404. */
  unanswered(id: string, note: string, init?: ScenarioInit): Scenario;
}

// fetch() upper-cases only these names; any other method reaches the server as written (`patch`
// stays `patch`), and the scripted server keys its answers by the method as sent.
const scenarioBuildersNormalized = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];

function scenarioBuildersKey(request: FetchRequest): string {
  const method = request.method ?? 'GET';
  const upper = method.toUpperCase();
  return `${scenarioBuildersNormalized.includes(upper) ? upper : method} ${request.url}`;
}

/** Builders for scenarios whose fetch runs on `pageOrigin` and goes to `url` unless `init` says otherwise. */
export function scenarioBuilders(pageOrigin: string, url: string): ScenarioBuilders {
  // `init` is spread last so that a `url` it overrides keeps its place after `pageOrigin`.
  const request = (init: ScenarioInit): FetchRequest => ({ pageOrigin, url, ...init });
  return {
    answered(id, note, init, answer, more = {}) {
      const fetched = request(init);
      return { id, note, request: fetched, responses: { [scenarioBuildersKey(fetched)]: answer, ...more } };
    },
    preflighted(id, note, init, preflight, answer, more = {}) {
      const fetched = request(init);
      const responses = {
        [`OPTIONS ${fetched.url}`]: preflight,
        [scenarioBuildersKey(fetched)]: answer,
        ...more,
      };
      return { id, note, request: fetched, responses };
    },
    unanswered(id, note, init = {}) {
      return { id, note, request: request(init), responses: {} };
    },
  };
}
