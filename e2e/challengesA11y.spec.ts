import { expect, test } from '@playwright/test';
import { ChallengesPage } from './pages/ChallengesPage.ts';
import { axeBlocking } from './support/axeBlocking.ts';
import { sandboxName } from './support/sandboxName.ts';

// The instructor's guide is scanned in the component layer (ChallengesGuidePage.browser.test.tsx).
test.describe('challenges accessibility', () => {
  // An axe scan takes seconds in Firefox, more on a loaded machine.
  test.describe.configure({ timeout: 90_000 });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${colorScheme} theme`, () => {
      // No theme chosen in the app: the system's scheme decides, as for a first visit.
      test.use({ colorScheme });

      test('a started challenge has no serious or critical violations', async ({ page }, testInfo) => {
        const ui = new ChallengesPage(page, sandboxName(testInfo));
        await ui.start('reflect-sibling');
        await expect(ui.progress).toBeVisible();
        await expect(ui.policy.jsonInput).toBeVisible({ timeout: 15_000 });
        expect(await axeBlocking(page, '.challenges-page')).toEqual([]);
      });
    });
  }
});
