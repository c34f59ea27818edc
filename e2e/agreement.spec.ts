import { expect, test } from '@playwright/test';
import { RequestPage, type RequestSpec } from './pages/RequestPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

/**
 * The engine's prediction must match what the real browser did. Each scenario sets a policy through
 * the control plane, builds the request in the UI, sends it, and checks the agreement badge (and that
 * the outcome is the one the scenario is about, so a broken send cannot "agree" by accident).
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
  { name: 'allowed origin, simple GET', policy: allowApp, request: () => ({}), ok: true, serverRequests: 1 },
  {
    name: 'no origin allowed: blocked, yet the GET ran',
    policy: { origin: { mode: 'list', allow: [] } },
    request: () => ({}),
    ok: false,
    serverRequests: 1,
  },
  {
    name: '* without credentials',
    policy: { origin: { mode: 'any' } },
    request: () => ({ credentials: 'omit' }),
    ok: true,
  },
  {
    name: '* with credentials: include',
    policy: { origin: { mode: 'any' }, credentials: true },
    request: () => ({ credentials: 'include' }),
    ok: false,
  },
  {
    name: 'reflect any origin with credentials',
    policy: { origin: { mode: 'reflect' }, credentials: true },
    request: () => ({ credentials: 'include' }),
    ok: true,
  },
  {
    name: 'credentials: include without Allow-Credentials',
    policy: allowApp,
    request: () => ({ credentials: 'include' }),
    ok: false,
  },
  {
    name: 'PUT with a custom header, headers reflected',
    policy: allowApp,
    request: () => ({ path: '/echo', method: 'PUT', headers: [['X-Custom', '1']], body: '{}' }),
    ok: true,
    serverRequests: 2,
  },
  {
    name: 'custom header not in Allow-Headers',
    policy: { ...allowApp, allowHeaders: { mode: 'list', values: ['Content-Type'] } },
    request: () => ({ path: '/echo', method: 'PUT', headers: [['X-Custom', '1']] }),
    ok: false,
    serverRequests: 1,
  },
  {
    name: 'DELETE not in Allow-Methods',
    policy: { ...allowApp, allowMethods: { mode: 'list', values: ['GET', 'POST'] } },
    request: () => ({ path: '/data', method: 'DELETE' }),
    ok: false,
    serverRequests: 1,
  },
  {
    name: 'POST text/plain needs no preflight',
    policy: allowApp,
    request: () => ({ path: '/echo', method: 'POST', headers: [['Content-Type', 'text/plain']], body: 'hi' }),
    ok: true,
    serverRequests: 1,
  },
  {
    name: 'POST application/json is preflighted and allowed',
    policy: { ...allowApp, allowHeaders: { mode: 'list', values: ['Content-Type'] } },
    request: () => ({
      path: '/echo',
      method: 'POST',
      headers: [['Content-Type', 'application/json']],
      body: '{"a":1}',
    }),
    ok: true,
    serverRequests: 2,
  },
  {
    name: 'error response without CORS headers',
    policy: { ...allowApp, corsOnErrors: false },
    request: () => ({ path: '/status/500' }),
    ok: false,
  },
  {
    name: 'error response with CORS headers is readable',
    policy: allowApp,
    request: () => ({ path: '/status/500' }),
    ok: true,
  },
  {
    name: 'no-cors: opaque, never blocked',
    policy: { origin: { mode: 'list', allow: [] } },
    request: () => ({ mode: 'no-cors' }),
    ok: true,
  },
  {
    name: 'same-origin redirect, checked on each hop',
    policy: allowApp,
    request: (sandbox) => ({ path: `/redirect?to=${encodeURIComponent(`/s/${sandbox}/data`)}&status=302` }),
    ok: true,
    serverRequests: 2,
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
    name: 'preflight passed through to a route without OPTIONS (404)',
    policy: { ...allowApp, preflight: { status: 204, continue: true } },
    request: () => ({ path: '/echo', method: 'PUT', headers: [['X-Custom', '1']] }),
    ok: false,
    serverRequests: 1,
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
  {
    name: 'redirect: error refuses the redirect',
    policy: allowApp,
    request: (sandbox) => ({
      path: `/redirect?to=${encodeURIComponent(`/s/${sandbox}/data`)}`,
      redirect: 'error',
    }),
    ok: false,
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
