import { expect, test } from '@playwright/test';
import { RequestPage } from './pages/RequestPage.ts';
import { sandboxName } from './support/sandboxName.ts';

test.describe('layout and keyboard', () => {
  test('at 1024 px wide nothing scrolls sideways, before and after a send', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const app = new RequestPage(page, sandboxName(testInfo));
    await app.goto();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await app.send.click();
    await expect(app.complete).toBeAttached();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  test('a request can be sent and its result reached with the keyboard alone', async ({ page }, testInfo) => {
    const app = new RequestPage(page, sandboxName(testInfo));
    await app.goto();
    // From the request builder's first field, Tab forward until Send has focus, as a keyboard user would.
    await app.path.focus();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await app.send.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(app.send).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.complete).toBeAttached();
    await expect(app.outcome).toBeVisible();
  });
});
