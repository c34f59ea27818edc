import type { FetchRequest, HeaderList } from '@cors-playground/engine';

/** What the scripted server answers for one `METHOD absolute-URL` key. */
export interface ScriptedResponse {
  status: number;
  /** Sent byte for byte (Latin-1), including bytes node:http refuses such as NUL, VT and FF. */
  headers: HeaderList;
  /**
   * The exact status line, for malformed or unusual ones; default `HTTP/1.1 <status> <reason>`.
   * `status` is then the code the line carries, as the simulator is told it.
   */
  statusLine?: string;
}

/** `responses` keyed by `METHOD absolute-URL`; a request with no entry gets 404 with no headers. */
export type ScriptedResponses = Record<string, ScriptedResponse>;

/**
 * One conformance scenario in the CLI input format (`id`, `request`, `responses`),
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
