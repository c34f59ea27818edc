import type { PlaygroundConfig } from '@cors-playground/protocol';

/** What one probe page saw: whether the victim's check cookie arrived, or why it could not ask. */
export interface SelfCheckProbe {
  origin: string;
  received?: boolean;
  error?: string;
}

/** How the cookie check went: the pop-up was blocked, the victim's API never set the cookie, or both probes ran. */
export type SelfCheckCookieRun =
  | { kind: 'blocked' }
  | { kind: 'unset'; victimApi: string }
  | { kind: 'probed'; sibling: SelfCheckProbe; crossSite: SelfCheckProbe };

interface SelfCheckReport {
  type: string;
  nonce: string;
  step: 'cookie-set' | 'probe';
  received?: boolean;
  error?: string;
}

const selfCheckMessageType = 'cors-playground-self-check';
const selfCheckWindowName = 'cors-playground-self-check';

/**
 * Waits for the pop-up's report from `origin`. Any window may post to this page, so only a message
 * from the pop-up itself, whose origin is the one it was sent to and which carries this run's nonce,
 * counts; nothing else is ever read.
 */
function selfCheckReport(
  popup: () => Window | null,
  origin: string,
  nonce: string,
  timeoutMs: number,
): Promise<SelfCheckReport | undefined> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.origin !== origin || event.source === null || event.source !== popup()) return;
      const report = event.data as Partial<SelfCheckReport> | null;
      if (report?.type !== selfCheckMessageType || report.nonce !== nonce) return;
      done(report as SelfCheckReport);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    const done = (report: SelfCheckReport | undefined) => {
      clearTimeout(timer);
      window.removeEventListener('message', listener);
      resolve(report);
    };
    window.addEventListener('message', listener);
  });
}

/**
 * Sets a SameSite=Lax check cookie on the victim's API, then asks from its same-site sibling and from
 * the cross-site host whether it arrives. Each step is a top-level page in one pop-up: in a frame
 * under this page every request would be third-party, and no SameSite cookie would ever move. Must
 * run from a click, or the browser blocks the pop-up.
 */
export async function selfCheckCookies(
  stage: PlaygroundConfig['stage'],
  timeoutMs = 10_000,
): Promise<SelfCheckCookieRun> {
  const nonce = crypto.randomUUID();
  const victimApi = new URL(stage.victimApi).origin;
  let popup: Window | null = null;
  const set = selfCheckReport(() => popup, victimApi, nonce, timeoutMs);
  popup = window.open(
    `${victimApi}/self-check/cookie-set?nonce=${nonce}`,
    selfCheckWindowName,
    'popup,width=480,height=360',
  );
  const opened = popup;
  if (!opened) return { kind: 'blocked' };
  try {
    if (!(await set)) return { kind: 'unset', victimApi };
    const probe = async (url: string | undefined): Promise<SelfCheckProbe> => {
      const origin = new URL(url ?? stage.victimApp).origin;
      const report = selfCheckReport(() => opened, origin, nonce, timeoutMs);
      opened.location.href = `${origin}/self-check/probe?nonce=${nonce}`;
      const { received, error } = (await report) ?? { error: 'no answer' };
      return { origin, received, error };
    };
    const sibling = await probe(stage.attackers.sibling);
    const crossSite = await probe(stage.attackers.crossSite);
    return { kind: 'probed', sibling, crossSite };
  } finally {
    opened.close();
  }
}
