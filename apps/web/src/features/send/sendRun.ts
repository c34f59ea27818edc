import type { QueryClient } from '@tanstack/react-query';
import type { LabEvent } from '@cors-playground/protocol';
import { controlQueries } from '../../api/controlQueries.ts';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { requestDraftOf, type RequestDraft } from '../../store/requestSlice.ts';
import { engineBrowser, engineLoad, engineTabPreflightCache } from './engineLoad.ts';
import { labSimServer } from './labSimServer.ts';
import { sendCookieLearn } from './sendCookie.ts';
import type { SendRecord } from '../../store/historySlice.ts';
import { sendRecordEvents, sendRecordRequest } from './sendRecord.ts';
import { labFetch } from './labFetch.ts';
import { labRequestUrl } from './labRequestUrl.ts';

/**
 * How long to wait after the fetch settles for server events still in flight on the event stream. The
 * server records an event before it answers, so this only matters when the browser sent fewer or more
 * requests than predicted (a cached preflight): then nothing else tells us the stream is done.
 */
const sendSettleMs = 300;

export interface SendRunOptions {
  /** Add a never-seen query parameter so the browser's preflight cache has no entry. Default false. */
  bust?: boolean;
  /** Send this draft instead of the builder's (re-run from history). Default: the builder's. */
  draft?: RequestDraft;
}

function sendRunEvents(queryClient: QueryClient, sandbox: string): LabEvent[] {
  return queryClient.getQueryData<LabEvent[]>(controlQueries.events(sandbox).queryKey) ?? [];
}

/** Resolves once `count` events after `fromId` arrived, or after `timeoutMs`. */
function sendRunEventsSettle(
  queryClient: QueryClient,
  sandbox: string,
  fromId: number,
  count: number,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve) => {
    const arrived = () => sendRunEvents(queryClient, sandbox).filter((e) => e.id > fromId).length >= count;
    if (arrived()) return resolve();
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (arrived()) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

/**
 * One Send: predicts with the engine (live policy, this tab's preflight cache and cookie), performs the
 * real fetch, then waits for what the server saw. Each step lands in the history record as it is known,
 * so the views fill in live.
 */
export async function sendRun(
  queryClient: QueryClient,
  sandbox: string,
  options: SendRunOptions = {},
): Promise<void> {
  const store = usePlaygroundStore.getState();
  if (store.sendPending) return;
  const config = await queryClient.ensureQueryData(controlQueries.config());
  const previousId = store.sendCurrentId;
  const events = sendRunEvents(queryClient, sandbox);
  const eventIdFrom = events.reduce((max, e) => Math.max(max, e.id), 0);
  const previous = store.historyRecords.find((r) => r.id === previousId);
  // Freeze the previous send's server view: from now on new events belong to this send.
  if (previous && !previous.events) {
    store.historyPatch(previous.id, { events: sendRecordEvents(previous, events, eventIdFrom) });
  }
  const id = store.sendStart();
  const draft = options.draft ?? requestDraftOf(store);
  const bust = options.bust ? `_bust=${Date.now().toString(36)}${id}` : null;
  const url = labRequestUrl(config.apiOrigin, sandbox, draft.path, bust);
  const browser = engineBrowser();
  const record: SendRecord = {
    id,
    draft,
    url,
    bust,
    cookie: store.sendCookie,
    policy: null,
    browser,
    pageOrigin: window.location.origin,
    startedAt: Date.now(),
    eventIdFrom,
    trace: null,
    traceUncached: null,
    js: null,
    events: null,
    complete: false,
  };
  store.historyPut(record);
  // The real fetch starts at once: the browser's answer does not depend on the prediction, and the
  // learner is waiting for it (the prediction runs while the request is on the wire).
  const jsPending = labFetch(url, draft);
  try {
    // The live policy, not the cached one: the CLI or another tab may have changed it.
    const [engine, policy] = await Promise.all([
      engineLoad(),
      queryClient.fetchQuery({ ...controlQueries.policy(sandbox), staleTime: 0 }),
    ]);
    // The lab API routes and applies path rules without the sandbox prefix: so does the prediction.
    const request = sendRecordRequest(record.pageOrigin, url, draft);
    const server = labSimServer(engine, policy, {
      apiOrigin: config.apiOrigin,
      cookie: record.cookie,
      credentialed: draft.credentials === 'include',
    });
    const trace = engine.simulateFetchSync(request, server, {
      browser,
      preflightCache: engineTabPreflightCache(engine),
    });
    const traceUncached = trace.preflight.cached
      ? engine.simulateFetchSync(request, server, { browser })
      : null;
    store.historyPatch(id, { policy, trace, traceUncached });
    const js = await jsPending;
    store.historyPatch(id, { js });
    // Nothing reaches the server when fetch() throws up front; otherwise wait for each predicted request.
    const expected = trace.exchanges.length;
    if (expected > 0 || js.ok)
      await sendRunEventsSettle(queryClient, sandbox, eventIdFrom, Math.max(expected, 1), sendSettleMs);
    const mine = sendRunEvents(queryClient, sandbox).filter((e) => e.id > eventIdFrom);
    const latest = usePlaygroundStore.getState();
    latest.sendCookieSet(sendCookieLearn(latest.sendCookie, mine, draft.credentials === 'include'));
  } finally {
    store.historyPatch(id, { complete: true });
    store.sendFinish();
  }
}
