import type { FetchRequest, HeaderList } from '../../packages/engine/src/browser/fetchTypes.ts';

/** What the scripted server answers for one `METHOD absolute-URL` key. */
export interface ScriptedResponse {
  status: number;
  headers: HeaderList;
}

/** `responses` keyed by `METHOD absolute-URL`; a request with no entry gets 404 with no headers. */
export type ScriptedResponses = Record<string, ScriptedResponse>;

/**
 * One conformance scenario in the CLI input format of issue 3 point 6 (`id`, `request`, `responses`),
 * plus `next`: further fetches made in order from the same page (same browser context), so that
 * preflight-cache behaviour can be observed. `note` says which rule the scenario pins down.
 */
export interface Scenario {
  id: string;
  note: string;
  request: FetchRequest;
  /** Later fetches from the same page, after `request` settled. Default none. */
  next?: FetchRequest[];
  responses: ScriptedResponses;
}
