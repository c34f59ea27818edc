import { expect, test } from '@playwright/test';
import { ChallengesPage } from './pages/ChallengesPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

// Undo, Restore default and the app toggle in any/reflect mode are in the component layer
// (PolicyEditor.browser.test.tsx); a challenge's editor, on the real stage, stays here.

test.describe('the live policy is never lost silently', () => {
  test("in a challenge the editor speaks of the victim's app, at 1024 px without overlap", async ({
    page,
    request,
  }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const challenges = new ChallengesPage(page, sandboxName(testInfo));
    await challenges.start('reflect-sibling');
    const { victimApp, victimApi } = testOrigins.stage;
    const toggle = page.locator('.app-origin-toggle label');
    await expect(toggle).toContainText(`Allow ${victimApp} (the victim's app)`);
    await expect(page.getByTestId('policy-preview')).toContainText(
      `from ${victimApp} (the victim's app) to ${victimApi}`,
    );
    await expect(page.getByTestId('preset-context')).toContainText(victimApp);
    await expect(page.locator('[data-preset="strict-single-origin"]')).toContainText(
      `Only ${victimApp} may read`,
    );
    await expect(page.getByTestId('policy-undo')).toContainText('A challenge start or reset replaced');

    // Written for the victim's app, the sound preset keeps that app working (for the playground's origin it broke it).
    await page.getByTestId('preset-strict-single-origin').click();
    const applied = page.locator('[data-preset="strict-single-origin"]').getByTestId('preset-applied');
    await expect(applied).toContainText('Applied');
    await expect(applied).not.toContainText('shuts out');
    await expect
      .poll(async () => {
        const status = await request.get(
          `${testOrigins.app}/control/sandboxes/${encodeURIComponent(challenges.sandbox)}/challenge`,
        );
        return ((await status.json()) as { appWorks: boolean }).appWorks;
      })
      .toBe(true);

    // Every box of the list, its overflowing text included, ends before the panel's first box starts;
    // scrolling boxes inside (the JSON editor, long exploit lines) may hold more: the panel may not.
    // Measured until the layout has settled.
    const panel = page.locator('article.challenge');
    await expect
      .poll(async () => {
        const listRight = await page
          .locator('.challenge-list, .challenge-list *')
          .evaluateAll((elements) =>
            Math.max(
              ...elements.map((e) => e.getBoundingClientRect().left + Math.max(e.scrollWidth, e.clientWidth)),
            ),
          );
        const box = await panel.evaluate((article) => article.getBoundingClientRect().toJSON());
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        return {
          listBeforePanel: listRight <= box.left,
          panelInside: box.right <= 1024,
          noOverflow: overflow <= 0,
        };
      })
      .toEqual({ listBeforePanel: true, panelInside: true, noOverflow: true });
  });
});
