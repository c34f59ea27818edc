import type { FetchRequest } from '@cors-playground/engine';
import { jsViewRead } from './jsView.ts';
import { labSimServer } from './labSimServer.ts';
import { labRequestUrl, labRouteUrl } from './labUrl.ts';
import { requestDraftInit, type RequestDraft } from './requestDraft.ts';
import { sendCookieLearn } from './sendCookie.ts';
import { SendEvents } from './sendEvents.ts';
import type { SendPorts } from './sendPorts.ts';
import type { SendRecord } from './sendRecord.ts';
import { sendStateFinish, sendStateNextId, sendStatePatch, sendStateStart } from './sendState.ts';

/**
 * How long a Send waits, once the server said how many requests it recorded, for the event stream to
 * deliver them. They are on their way by then, so this is only reached when the stream lost some (the
 * log dropped them under a flood, or it reconnected past them): the send then completes without them.
 */
const sendEventsWaitMaxMs = 5000;

export interface SendSessionOptions {
  /** Add a never-seen query parameter so the browser's preflight cache has no entry. Default false. */
  bust?: boolean;
}

/**
 * One Send of `draft` in `sandbox`: opens it on the server (which then stamps what it receives with the
 * send's token), predicts with the engine (live policy, this tab's preflight cache and cookie), performs
 * the real fetch, and is complete once the stream delivered every request the server says it recorded.
 * Each step lands in the history record as it is known, so the views fill in live. Does nothing while
 * another Send of this store runs.
 */
export async function sendSessionRun(
  ports: SendPorts,
  sandbox: string,
  draft: RequestDraft,
  options: SendSessionOptions = {},
): Promise<void> {
  const config = await ports.control.config();
  const token = ports.page.token();
  const claimed: { record?: SendRecord } = {};
  ports.store.setState((state) => {
    if (state.sendPending) return {};
    const id = sendStateNextId(state);
    const bust = options.bust ? `_bust=${ports.clock.now().toString(36)}${id}` : null;
    claimed.record = {
      id,
      token,
      draft,
      url: labRequestUrl(config.apiOrigin, sandbox, draft.path, bust),
      labUrl: labRouteUrl(config.apiOrigin, draft.path, bust),
      bust,
      cookie: state.sendCookie,
      policy: null,
      browser: ports.page.browser,
      pageOrigin: ports.page.origin,
      startedAt: ports.clock.now(),
      trace: null,
      traceUncached: null,
      js: null,
      events: [],
      complete: false,
    };
    return sendStateStart(state, claimed.record);
  });
  const record = claimed.record;
  if (!record) return;
  const patch = (values: Partial<SendRecord>) =>
    ports.store.setState((state) => sendStatePatch(state, record.id, values));
  const events = new SendEvents(ports.events, sandbox, token, (mine) => patch({ events: mine }));
  try {
    // What the prediction needs is read while the send opens: the fetch waits for the open alone.
    const inputs = Promise.all([ports.engine.load(), ports.control.policy(sandbox)]);
    inputs.catch(() => {});
    // Without it the server's requests cannot be told apart: the send still runs, its server view empty.
    const opened = await ports.control.sendOpen(sandbox, token).then(
      () => true,
      () => false,
    );
    const init = requestDraftInit(draft);
    // The real fetch starts at once: the browser's answer does not depend on the prediction, and the
    // learner is waiting for it (the prediction runs while the request is on the wire).
    const jsPending = jsViewRead(ports.fetch, ports.clock, record.url, init);
    const [engine, policy] = await inputs;
    // The lab API routes and applies path rules without the sandbox prefix: so does the prediction.
    const request: FetchRequest = { pageOrigin: record.pageOrigin, url: record.labUrl, ...init };
    const server = labSimServer(engine, policy, {
      apiOrigin: config.apiOrigin,
      cookie: record.cookie,
      credentialed: draft.credentials === 'include',
    });
    const preflightCache = ports.engine.preflightCache(engine);
    const trace = engine.simulateFetchSync(request, server, { browser: record.browser, preflightCache });
    const traceUncached = trace.preflight.cached
      ? engine.simulateFetchSync(request, server, { browser: record.browser })
      : null;
    patch({ policy, trace, traceUncached });
    patch({ js: await jsPending });
    if (opened) {
      // The server records a request before answering it: now that the fetch settled, it knows them all.
      const recorded = await ports.control.sendClose(sandbox, token).catch(() => 0);
      await Promise.race([events.arrived(recorded), ports.clock.sleep(sendEventsWaitMaxMs)]);
    }
    const credentialed = draft.credentials === 'include';
    ports.store.setState((state) => ({
      sendCookie: sendCookieLearn(state.sendCookie, events.events, credentialed),
    }));
  } finally {
    events.stop();
    ports.store.setState((state) => ({
      ...sendStatePatch(state, record.id, { events: events.events, complete: true }),
      ...sendStateFinish(state),
    }));
  }
}
