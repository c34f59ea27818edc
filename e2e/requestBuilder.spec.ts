import { expect, test } from '@playwright/test';
import { RequestPage } from './pages/RequestPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

// The builder's header marks and snippets are in the component layer (RequestBuilder.browser.test.tsx):
// these sends cross to the lab API's origin.
test.describe('request builder and the three views of a send', () => {
  test('a PUT with a custom header: the server saw preflight and actual; JS could not read X-Secret-Token', async ({
    page,
    request,
  }, testInfo) => {
    const ui = new RequestPage(page, sandboxName(testInfo));
    await ui.goto();
    await ui.policyPut(request, {
      origin: { mode: 'list', allow: [testOrigins.app] },
      exposeHeaders: ['X-Request-Id'],
    });
    await ui.fill({ path: '/echo', method: 'PUT', headers: [['X-Custom', '1']], body: '{}' });
    await ui.sendAndComplete();
    await expect(ui.jsResult).toHaveAttribute('data-ok', 'true');
    await expect(ui.serverEvents).toHaveCount(2);
    await expect(ui.serverEvents.nth(0)).toHaveAttribute('data-kind', 'preflight');
    await expect(ui.serverEvents.nth(0)).toContainText('OPTIONS /echo');
    await expect(ui.serverEvents.nth(0)).toContainText('x-custom');
    await expect(ui.serverEvents.nth(1)).toHaveAttribute('data-kind', 'actual');
    await expect(ui.serverEvents.nth(1)).toContainText('PUT /echo');
    await expect(ui.agreement).toHaveAttribute('data-agree', 'true');

    await ui.fill({ path: '/headers' });
    await ui.sendAndComplete();
    await expect(page.getByTestId('js-header').filter({ hasText: 'x-request-id' })).toHaveCount(1);
    await expect(ui.unreadableHeaders.filter({ hasText: 'x-secret-token' })).toHaveCount(1);
  });

  test('a blocked request still reached the server, and the trace says why', async ({
    page,
    request,
  }, testInfo) => {
    const ui = new RequestPage(page, sandboxName(testInfo));
    await ui.goto();
    await ui.policyPut(request, { origin: { mode: 'list', allow: [] } });
    await ui.sendAndComplete();
    await expect(ui.jsResult).toHaveAttribute('data-ok', 'false');
    await expect(ui.outcome).toContainText('TypeError');
    await expect(ui.serverEvents).toHaveCount(1);
    await expect(ui.serverEvents.first()).toHaveAttribute('data-status', '200');
    await expect(ui.traceSteps.and(page.locator('[data-ok="false"]'))).not.toHaveCount(0);
    await expect(page.getByTestId('console-chromium')).toContainText('has been blocked by CORS policy');
    await expect(page.getByTestId('console-firefox')).toContainText('Cross-Origin Request Blocked');
    await expect(ui.agreement).toHaveAttribute('data-agree', 'true');
    await expect(page.getByTestId('sequence-diagram')).toBeVisible();
  });
});
