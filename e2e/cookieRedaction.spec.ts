import { expect, test } from '@playwright/test';
import { RequestPage } from './pages/RequestPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

/**
 * Cookies ignore ports: the browser sends the lab API every cookie another app on localhost set. The
 * server's log shows which cookies travelled, never their values, and the simulator still predicts
 * `/private` from the lab's own session cookie.
 */
test('the server view names another localhost app’s cookie without its value, and /private still agrees', async ({
  page,
  request,
}, testInfo) => {
  await page
    .context()
    .addCookies([{ name: 'other_app', value: 'secret-of-another-app', domain: 'localhost', path: '/' }]);
  const ui = new RequestPage(page, sandboxName(testInfo));
  await ui.goto();
  await ui.policyPut(request, { origin: { mode: 'list', allow: [testOrigins.app] }, credentials: true });
  await ui.fill({ path: '/login', credentials: 'include' });
  await ui.sendAndComplete();
  await ui.fill({ path: '/private', credentials: 'include' });
  await ui.sendAndComplete();
  await expect(ui.jsResult).toHaveAttribute('data-ok', 'true');
  const event = ui.serverEvents.last();
  await expect(event).toHaveAttribute('data-status', '200');
  await expect(event).toContainText('other_app=(redacted)');
  await expect(event).toContainText('session=alice-session');
  await expect(page.locator('body')).not.toContainText('secret-of-another-app');
  await expect(
    ui.agreement,
    await page.getByTestId('agreement-notes').allInnerTexts().then(String),
  ).toHaveAttribute('data-agree', 'true');
});
