import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage.ts';
import { RequestPage } from './pages/RequestPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

test.describe('send flow: policy edits, fixes and history', () => {
  test('a policy edit in the UI changes the next send of a PUT with a custom header', async ({
    page,
  }, testInfo) => {
    const sandbox = sandboxName(testInfo);
    const ui = new RequestPage(page, sandbox);
    const playground = new PlaygroundPage(page, sandbox);
    await ui.goto();
    await ui.fill({ path: '/echo', method: 'PUT', headers: [['X-Custom', '1']] });
    await ui.sendAndComplete();
    await expect(ui.jsResult).toHaveAttribute('data-ok', 'true');

    await playground.setAppOriginAllowed(false);
    await ui.sendAndComplete();
    await expect(ui.jsResult).toHaveAttribute('data-ok', 'false');
    // Whether the preflight ran again or came from the browser's 5-second default cache, the server
    // saw this send and the engine predicted it.
    await expect(ui.serverEvents).not.toHaveCount(0);
    await expect(ui.agreement).toHaveAttribute('data-agree', 'true');
  });

  test('a Fix button turns a failure into a success', async ({ page, request }, testInfo) => {
    const ui = new RequestPage(page, sandboxName(testInfo));
    await ui.goto();
    await ui.policyPut(request, {
      origin: { mode: 'list', allow: [testOrigins.app] },
      allowHeaders: { mode: 'list', values: ['Content-Type'] },
    });
    await ui.fill({ path: '/echo', method: 'PUT', headers: [['X-Custom', '1']] });
    const failed = await ui.sendAndComplete();
    await expect(ui.jsResult).toHaveAttribute('data-ok', 'false');
    const safeFix = ui.fixButtons.and(page.locator('[data-safe="true"]')).first();
    await expect(safeFix).toBeVisible();
    await safeFix.click();
    // The fix is applied to the live API, then the same request is sent again by itself.
    await ui.expectSent(failed + 1);
    await expect(ui.jsResult).toHaveAttribute('data-ok', 'true');
    await expect(ui.agreement).toHaveAttribute('data-agree', 'true');
  });

  test('an unsafe fix asks for confirmation first', async ({ page, request }, testInfo) => {
    const ui = new RequestPage(page, sandboxName(testInfo));
    await ui.goto();
    await ui.policyPut(request, {
      origin: { mode: 'list', allow: ['http://example.com'] },
      credentials: true,
    });
    await ui.fill({ credentials: 'include' });
    await ui.sendAndComplete();
    await expect(ui.fixButtons.first()).toBeVisible();
    const unsafe = ui.fixButtons.and(page.locator('[data-safe="false"]')).first();
    await expect(unsafe).toContainText('Unsafe');
    await unsafe.click();
    await expect(page.getByTestId('fix-confirm')).toBeVisible();
    await page.getByTestId('fix-confirm-no').click();
    await expect(page.getByTestId('fix-confirm')).toHaveCount(0);
    await expect(ui.complete).toHaveAttribute('data-send', '1');

    await unsafe.click();
    await page.getByTestId('fix-confirm-yes').click();
    await expect(ui.complete).toHaveAttribute('data-send', '2');
    await expect(ui.jsResult).toHaveAttribute('data-ok', 'true');
  });

  test('history: re-run a send and compare two side by side', async ({ page, request }, testInfo) => {
    const ui = new RequestPage(page, sandboxName(testInfo));
    await ui.goto();
    await ui.sendAndComplete();
    await ui.policyPut(request, { origin: { mode: 'list', allow: [] } });
    await ui.fill({ path: '/headers' });
    await ui.sendAndComplete();
    const entries = page.getByTestId('history-entry');
    await expect(entries).toHaveCount(2);
    // Re-run the first send (GET /data): now blocked by the tightened policy.
    await entries.filter({ hasText: '#1 ' }).getByTestId('history-rerun').click();
    await expect(entries).toHaveCount(3);
    await expect(ui.complete).toHaveAttribute('data-send', '3');
    await expect(ui.jsResult).toHaveAttribute('data-ok', 'false');
    await expect(ui.path).toHaveValue('/data');

    await entries.filter({ hasText: '#1 ' }).getByTestId('history-compare').check();
    await entries.filter({ hasText: '#3 ' }).getByTestId('history-compare').check();
    const rows = page.getByTestId('history-compare-row');
    await expect(rows.filter({ hasText: 'Request' }).first()).toHaveAttribute('data-differs', 'false');
    await expect(rows.filter({ hasText: 'JavaScript saw' })).toHaveAttribute('data-differs', 'true');
  });
});
