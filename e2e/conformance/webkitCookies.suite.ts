import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cookieSendPredict,
  cookieStoreAccept,
  type CookieJarEntry,
  cookieVariants,
} from '@cors-playground/engine';
import { webkitCookieMarker, webkitCookieServerStart } from './webkitCookieServer.ts';
import type { WebkitCookieServer, WebkitCookieStep } from './webkitCookieServer.ts';
import { webkitConsoleParse } from './webkitConsole.ts';
import { webkitSessionMissing, webkitSessionRun } from './webkitSession.ts';

/**
 * docs/cookies.md's matrix in WebKit (MiniBrowser's default profile: WebKitGTK without ITP, third-party
 * cookies blocked): which of the API's cookies each page relation's fetch carries, against the
 * engine's `webkit` cookie model. Same relations as e2e/cookieRules.spec.ts, on names of our own.
 */
interface Observation {
  step: number;
  credentials: 'include' | 'same-origin';
  cookies: string[] | 'unreadable';
  origin: string;
}

const missing = webkitSessionMissing();

describe.skipIf(missing !== null)('WebKit cookie rules', () => {
  let server: WebkitCookieServer;
  let steps: WebkitCookieStep[] = [];
  let observations: Observation[] = [];
  let done = false;

  beforeAll(async () => {
    server = await webkitCookieServerStart();
    const [port, other] = server.ports;
    const api = `http://api.victim.localhost:${port}`;
    const echo = `${api}/echo`;
    const via = (origin: string) => `${origin}/redirect?to=${encodeURIComponent(echo)}`;
    steps = [
      { page: `${api}/page`, kind: 'set' },
      { page: `http://localhost:${port}/page`, kind: 'set' },
      { page: `${api}/page`, kind: 'fetch', fetch: echo },
      { page: `http://api.victim.localhost:${other}/page`, kind: 'fetch', fetch: echo },
      { page: `http://app.victim.localhost:${port}/page`, kind: 'fetch', fetch: echo },
      { page: `http://evil.localhost:${port}/page`, kind: 'fetch', fetch: echo },
      { page: `http://victim.localhost.evil.localhost:${port}/page`, kind: 'fetch', fetch: echo },
      { page: `http://127.0.0.1:${port}/page`, kind: 'fetch', fetch: `http://localhost:${port}/echo` },
      { page: `http://app.victim.localhost:${port}/page`, kind: 'fetch', fetch: echo, frame: true },
      {
        page: `http://app.victim.localhost:${port}/page`,
        kind: 'fetch',
        fetch: via(`http://evil.localhost:${other}`),
      },
      {
        page: `http://app.victim.localhost:${port}/page`,
        kind: 'fetch',
        fetch: via(`http://blog.victim.localhost:${other}`),
      },
    ];
    const session = await webkitSessionRun(server.plan(steps), 120_000, webkitCookieMarker.done);
    done = session.done;
    observations = webkitConsoleParse(session.output)
      .filter((line) => line.level === 'LOG' && line.text.startsWith(`${webkitCookieMarker.result} `))
      .map((line) => JSON.parse(line.text.slice(webkitCookieMarker.result.length + 1)) as Observation);
  }, 150_000);

  afterAll(async () => {
    await server?.close();
  });

  it('carries the cookies the engine predicts for WebKit, in every relation and credentials mode', () => {
    expect(done, 'MiniBrowser did not get through the cookie pages').toBe(true);
    const jar: CookieJarEntry[] = [];
    for (const step of steps.filter((s) => s.kind === 'set')) {
      for (const variant of cookieVariants) {
        const result = cookieStoreAccept(variant, step.page, 'webkit');
        if (result.stored) jar.push(result.entry);
      }
    }
    const target = (step: WebkitCookieStep) => {
      const fetched = new URL(step.fetch ?? '');
      return fetched.pathname === '/redirect' ? (fetched.searchParams.get('to') ?? '') : fetched.href;
    };
    const mismatches = observations.flatMap((observation) => {
      const step = steps[observation.step]!;
      const url = target(step);
      const prediction = cookieSendPredict(jar, {
        browser: 'webkit',
        pageOrigin: observation.origin,
        topLevelUrl: step.page,
        url,
        credentials: observation.credentials,
        redirects: step.fetch === url ? [] : [step.fetch ?? ''],
      });
      const predicted = prediction.verdicts
        .filter((v) => v.sent)
        .map((v) => v.name)
        .sort();
      return JSON.stringify(predicted) === JSON.stringify(observation.cookies)
        ? []
        : [
            `${step.page} → ${step.fetch} (${observation.credentials}, page ${observation.origin}): observed ${JSON.stringify(observation.cookies)}, predicted ${JSON.stringify(predicted)}`,
          ];
    });
    expect(observations).toHaveLength((steps.length - 2) * 2);
    expect(mismatches).toEqual([]);
  });
});
