import { expect, test } from '@playwright/test';
import { RequestPage, type RequestSpec } from './pages/RequestPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

/**
 * The engine's prediction must match what the real browser did, through the whole app: each scenario
 * sets a policy through the control plane, builds the request in the UI, sends it, and checks the
 * agreement badge (and that the outcome is the one the scenario is about, so a broken send cannot
 * "agree" by accident). Only cases where the browser itself decides stay here: the server side of
 * every policy and request is the lab server parity test (apps/api/src/lab/labServerParity.test.ts),
 * and the browser side of each rule the conformance suite (e2e/conformance).
 */
interface Scenario {
  name: string;
  policy: Record<string, unknown>;
  request: (sandbox: string) => RequestSpec;
  /** What JavaScript should see: `true` resolved, `false` rejected. */
  ok: boolean;
  /** Requests that must reach the server (preflight included). */
  serverRequests?: number;
}

const app = testOrigins.app;
const allowApp = { origin: { mode: 'list', allow: [app] } };

const scenarios: Scenario[] = [
  {
    name: '* with credentials: include',
    policy: { origin: { mode: 'any' }, credentials: true },
    request: () => ({ credentials: 'include' }),
    ok: false,
  },
  {
    name: 'no-cors: opaque, never blocked',
    policy: { origin: { mode: 'list', allow: [] } },
    request: () => ({ mode: 'no-cors' }),
    ok: true,
  },
  {
    name: 'cross-origin redirect taints Origin to null',
    policy: allowApp,
    request: (sandbox) => ({
      path: `/redirect?to=${encodeURIComponent(`http://127.0.0.1:${testOrigins.apiPort}/s/${sandbox}/data`)}&status=307`,
    }),
    ok: false,
    serverRequests: 2,
  },
  {
    name: 'preflight passed through to a route that redirects it',
    policy: { ...allowApp, preflight: { status: 204, continue: true } },
    request: (sandbox) => ({
      path: `/redirect?to=${encodeURIComponent(`/s/${sandbox}/redirect/`)}&status=301`,
      method: 'DELETE',
    }),
    ok: false,
    serverRequests: 1,
  },
];

test.describe('agreement: the engine predicts what the browser really does', () => {
  for (const scenario of scenarios) {
    test(scenario.name, async ({ page, request }, testInfo) => {
      const ui = new RequestPage(page, sandboxName(testInfo));
      await ui.goto();
      await ui.policyPut(request, scenario.policy);
      await ui.fill(scenario.request(ui.sandbox));
      await ui.sendAndComplete();
      await expect(ui.jsResult).toHaveAttribute('data-ok', String(scenario.ok));
      if (scenario.serverRequests !== undefined)
        await expect(ui.serverEvents).toHaveCount(scenario.serverRequests);
      await expect(
        ui.agreement,
        await page.getByTestId('agreement-notes').allInnerTexts().then(String),
      ).toHaveAttribute('data-agree', 'true');
    });
  }
});
