import { expect, test } from '@playwright/test';
import { SelfCheckPage } from './pages/SelfCheckPage.ts';
import { axeBlocking } from './support/axeBlocking.ts';
import { testOrigins } from './support/testOrigins.ts';

test.describe('the setup self-check', () => {
  // A pop-up visits three sites; more than an ordinary test's work on a loaded machine.
  test.describe.configure({ timeout: 90_000 });

  test('every check passes in the normal setup, cookies included', async ({ page }) => {
    const ui = new SelfCheckPage(page);
    await ui.open(testOrigins.app);
    await ui.settled();
    // The app, the lab API, the other site twice, the victim's app and API, five attacker seats; and
    // the secure context.
    await expect(ui.checks).toHaveCount(12);
    await expect(ui.check('The lab API')).toContainText('✓ Pass');
    await expect(ui.check("The attacker's site (cross-site)")).toContainText(
      `${testOrigins.stage.crossSite} answers for this playground.`,
    );
    await expect(ui.checks.filter({ hasText: '✗ Fail' })).toHaveCount(0);
    await expect(ui.check('This page is a secure context')).toContainText('✓ Pass');

    await ui.checkCookies.click();
    const sibling = ui.check("The victim's sibling site gets its cookie");
    const crossSite = ui.check("The attacker's site does not get it");
    await expect(sibling).toContainText('✓ Pass', { timeout: 30_000 });
    await expect(sibling).toContainText('is the same site as the victim');
    await expect(crossSite).toContainText('✓ Pass');
    await expect(crossSite).toContainText('stays home');
    // The pop-up closed itself.
    await expect.poll(() => page.context().pages().length).toBe(1);
  });

  test('a site that does not answer fails with what to do', async ({ page }) => {
    // The lab API's port is closed for this page: as when a firewall drops it.
    await page.route(`${testOrigins.api}/**`, (route) => route.abort('connectionrefused'));
    const ui = new SelfCheckPage(page);
    await ui.open(testOrigins.app);
    await ui.settled();
    await expect(ui.check('The lab API')).toContainText('✗ Fail');
    await expect(ui.check('The lab API')).toContainText(`port ${testOrigins.apiPort}`);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${colorScheme} theme`, () => {
      test.use({ colorScheme });

      test('has no serious or critical accessibility violations', async ({ page }) => {
        const ui = new SelfCheckPage(page);
        await ui.open(testOrigins.app);
        await ui.settled();
        expect(await axeBlocking(page)).toEqual([]);
      });
    });
  }
});
