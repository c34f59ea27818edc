import type { BrowserName, Policy, Trace } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import type { JsView } from './jsView.ts';
import type { RequestDraft } from './requestDraft.ts';

/** One Send: the request, the prediction, what JavaScript saw and what the server saw. */
export interface SendRecord {
  /** 1, 2, 3… per tab. */
  id: number;
  /** The token the server stamps on every request it records for this send. */
  token: string;
  draft: RequestDraft;
  /** The absolute URL fetched (sandbox prefix and any cache-busting parameter included). */
  url: string;
  /** `url` as the lab API's routes see it (no sandbox prefix), as server events name it. */
  labUrl: string;
  /** The cache-busting query parameter added to bypass the preflight cache, if any. */
  bust: string | null;
  /** The Cookie header the prediction assumed the browser sends the API (credentialed requests). */
  cookie: string | null;
  /** The live policy the prediction used. */
  policy: Policy | null;
  browser: BrowserName;
  pageOrigin: string;
  /** Epoch milliseconds when Send was clicked. */
  startedAt: number;
  /** The engine's prediction with this tab's preflight cache. */
  trace: Trace | null;
  /** The prediction with an empty preflight cache, when the cache changed the outcome. */
  traceUncached: Trace | null;
  js: JsView | null;
  /** What the server saw for this send (its token's requests), oldest first, as they arrive. */
  events: LabEvent[];
  /** All three views have their data: JS result, every request the server recorded, trace. */
  complete: boolean;
}
