import type { Policy } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import {
  labRequestUrl,
  labRouteUrl,
  labSimServer,
  requestDraftDefault,
  requestDraftInit,
  type JsView,
  type RequestDraft,
  type SendRecord,
} from '@cors-playground/client';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { browserDetectPage } from './browserDetect.ts';
import { engineLoad } from './engineLoad.ts';

export interface SendRecordSeedOptions {
  id: number;
  /** The live policy the send met (parsed, as the control plane answers it). */
  policy: Policy;
  /** The page's origin and the lab API's, as the playground's config names them. */
  pageOrigin: string;
  apiOrigin: string;
  sandbox: string;
  /** What the request builder held. Default: fetch()'s defaults on `/data`. */
  draft?: Partial<RequestDraft>;
}

/**
 * A finished send as `sendRun` records it, for the component layer: the engine's trace of the draft
 * against the policy, and what JavaScript and the server saw made from that trace (the engine and the
 * real browser agree: the conformance suite proves it). No request leaves the page.
 */
export async function sendRecordSeed({
  id,
  policy,
  pageOrigin,
  apiOrigin,
  sandbox,
  draft: given = {},
}: SendRecordSeedOptions): Promise<SendRecord> {
  const engine = await engineLoad();
  const draft = { ...requestDraftDefault(), ...given };
  const url = labRequestUrl(apiOrigin, sandbox, draft.path);
  const browser = browserDetectPage();
  const labUrl = labRouteUrl(apiOrigin, draft.path);
  const trace = engine.simulateFetchSync(
    { pageOrigin, url: labUrl, ...requestDraftInit(draft) },
    labSimServer(engine, policy, { apiOrigin }),
    { browser },
  );
  const readable = trace.response;
  const final = trace.exchanges.at(-1)?.response;
  const js: JsView = {
    ok: trace.ok,
    error: trace.error,
    status: readable?.status ?? null,
    type: readable?.type ?? null,
    redirected: readable?.redirected ?? false,
    url: readable?.url ?? null,
    headers: readable ? Object.entries(readable.headers) : [],
    body: readable && readable.type !== 'opaque' ? (final?.body ?? '') : null,
    durationMs: 12,
  };
  const events: LabEvent[] = trace.exchanges.map((exchange, index) => ({
    id: id * 10 + index + 1,
    sandbox,
    time: 0,
    kind: exchange.kind === 'preflight' ? 'preflight' : 'actual',
    method: exchange.request.method,
    url: exchange.request.url,
    origin: exchange.origin,
    requestHeaders: exchange.request.headers,
    status: exchange.response.status,
    responseHeaders: exchange.response.headers,
    notes: [],
    send: `seed-${id}`,
  }));
  return {
    id,
    token: `seed-${id}`,
    draft,
    url,
    labUrl,
    bust: null,
    cookie: null,
    policy,
    browser,
    pageOrigin,
    startedAt: 0,
    trace,
    traceUncached: null,
    js,
    events,
    complete: true,
  };
}

/** Puts finished sends into the history, as the client core does when they start. */
export function sendRecordsAdd(...records: SendRecord[]): void {
  usePlaygroundStore.setState((state) => ({ historyRecords: [...state.historyRecords, ...records] }));
}
