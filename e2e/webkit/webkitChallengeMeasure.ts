/**
 * Plays every challenge's exploit in WebKit (WebKitGTK's MiniBrowser over WebDriver) against a running
 * playground and records what happened: the attack page's status, what reached the attacker, what the
 * victim's API received and the attempt the server decided. The challenges' WebKit texts are written
 * from its output (e2e/webkit/webkitChallengeObservations.json), not guessed.
 *
 *   pnpm serve --app-port 25173 …   # a playground
 *   pnpm exec tsx e2e/webkit/webkitChallengeMeasure.ts http://localhost:25173 > observations.json
 */
import { challengeList, headerListGet, type Challenge, type ChallengeSeat } from '@cors-playground/engine';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { challengeSeatUrl } from '../../apps/web/src/features/challenges/challengeSeat.ts';
import { WebDriverSession } from './webDriverSession.ts';
import { webKitCapabilities, webKitDriverStart } from './webKitDriver.ts';

const app = process.argv[2] ?? 'http://localhost:25173';
const driverPort = Number(process.env.WEBKIT_DRIVER_PORT ?? 25902);

const loginLabels: Record<Challenge['session'], string> = {
  'cookie-lax': 'Log in (cookie, SameSite=Lax)',
  'cookie-strict': 'Log in (cookie, SameSite=Strict)',
  'cookie-none': 'Log in (cookie, SameSite=None)',
  bearer: 'Log in (bearer token)',
};

interface StageEvent {
  kind: string;
  method: string;
  url: string;
  origin: string | null;
  status: number;
  requestHeaders: Array<[string, string]>;
}

async function control(sandbox: string, path: string, method = 'GET', body?: unknown): Promise<unknown> {
  const response = await fetch(`${app}/control/sandboxes/${encodeURIComponent(sandbox)}${path}`, {
    method,
    headers: { origin: app, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Runs the attack page once and returns its final status line. */
async function attack(session: WebDriverSession, url: string, framed: boolean): Promise<string> {
  await session.navigate(url);
  if (framed) {
    await session.waitFor(`document.querySelector('iframe')`);
    await session.frame(0);
  }
  await session.waitFor(
    `/^Exploit (finished|blocked)/.test(document.getElementById('status')?.textContent ?? '')`,
  );
  const status = await session.text('#status');
  if (framed) await session.frame(null);
  return status;
}

async function stageLog(sandbox: string, stage: PlaygroundConfig['stage']): Promise<string[]> {
  const events = (await control(sandbox, '/events/recent')) as StageEvent[];
  return events
    .filter((event) => !event.url.includes('/collect') && !event.url.endsWith('/attack'))
    .map((event) => {
      const cookie = headerListGet(event.requestHeaders, 'cookie');
      const path = new URL(event.url).pathname.replace(/^\/s\/[^/]+/, '');
      const host = event.url.startsWith(stage.victimApi) ? '' : `${new URL(event.url).host} `;
      return `${event.method} ${host}${path} from ${event.origin ?? '(no Origin)'}, ${cookie !== null ? `cookies: ${cookie.replace(/=[^;]*/g, '')}` : 'no cookie'} → ${event.status}`;
    });
}

async function measure(
  session: WebDriverSession,
  config: PlaygroundConfig,
  challenge: Challenge,
  seat: ChallengeSeat,
) {
  const sandbox = `wk-${challenge.id}-${seat}-${Date.now().toString(36)}`;
  const status = (await control(sandbox, '/challenge', 'PUT', { challengeId: challenge.id })) as {
    stageToken: string;
  };
  const token = status.stageToken;
  await session.navigate(`${config.stage.victimApp}/s/${token}/`);
  await session.click(loginLabels[challenge.session], 'link text');
  await session.click('#load');
  await session.waitFor(
    `/alice@victim\\.example|Not logged in|broken|Error/.test(document.getElementById('account')?.textContent ?? '')`,
  );
  const victimApp = await session.text('#account');
  const runs: Array<{ status: string; collected: string[]; serverSaw: string[] }> = [];
  const run = async () => {
    const before = (await stageLog(sandbox, config.stage)).length;
    const collectedBefore = ((await control(sandbox, '/challenge')) as { collect: unknown[] }).collect.length;
    const line = await attack(session, challengeSeatUrl(config.stage, seat, token), seat === 'null');
    const after = (await control(sandbox, '/challenge')) as { collect: Array<{ body: string }> };
    runs.push({
      status: line,
      collected: after.collect.slice(collectedBefore).map((entry) => entry.body),
      serverSaw: (await stageLog(sandbox, config.stage)).slice(before),
    });
  };
  await run();
  if (challenge.id === 'preflight-cache') {
    // The story: remove the blog from the policy (Max-Age stays 86400), then run twice more.
    const policy = challenge.vulnerablePolicy(config.stage as never) as { origin: { allow: string[] } };
    await control(sandbox, '/policy', 'PUT', {
      ...policy,
      origin: { mode: 'list', allow: [config.stage.victimApp] },
    });
    await run();
    await run();
  }
  const { attempt } = (await control(sandbox, '/challenge')) as {
    attempt: { state: string; evidence?: { requestLine: string; origin: string; sessionTravelled: boolean } };
  };
  // The evidence without the replay's headers: what the server decided, and on which request.
  const evidence = attempt.evidence && {
    requestLine: attempt.evidence.requestLine,
    origin: attempt.evidence.origin,
    sessionTravelled: attempt.evidence.sessionTravelled,
  };
  // Secrets differ on every run: the record keeps their shape, not their value.
  const redact = (text: string) => text.replace(/\b(sk_live|int|sess)_[\w-]+/g, '$1_…');
  return {
    id: challenge.id,
    seat,
    session: challenge.session,
    victimApp: redact(victimApp),
    runs: runs.map((r) => ({ ...r, collected: r.collected.map(redact) })),
    attempt: { state: attempt.state, evidence },
  };
}

const config = (await (
  await fetch(`${app}/control/config`, { headers: { origin: app } })
).json()) as PlaygroundConfig;
const driver = await webKitDriverStart(driverPort);
const session = await WebDriverSession.start(driver.url, webKitCapabilities);
const results: unknown[] = [];
try {
  await session.scriptTimeout(15_000);
  for (const challenge of challengeList) {
    const seats: ChallengeSeat[] =
      challenge.id === 'null-origin' ? ['null', 'nullRedirect'] : [challenge.seat];
    for (const seat of seats) {
      try {
        results.push(await measure(session, config, challenge, seat));
      } catch (error) {
        results.push({ id: challenge.id, seat, failed: String(error) });
      }
      console.error(`measured ${challenge.id} from ${seat}`);
    }
  }
} finally {
  await session.close().catch(() => {});
  await driver.stop();
}
console.log(
  JSON.stringify({ browser: 'WebKitGTK MiniBrowser', measured: new Date().toISOString(), results }, null, 2),
);
