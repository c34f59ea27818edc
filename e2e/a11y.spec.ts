import { expect, test } from '@playwright/test';
import { PolicyEditorPage } from './pages/PolicyEditorPage.ts';
import { axeBlocking } from './support/axeBlocking.ts';
import { sandboxName } from './support/sandboxName.ts';

// The routes' and components' own scans, in both themes, are in the component layer
// (*.browser.test.tsx with componentAxeBlocking): the whole playground page is scanned here.
test.describe('accessibility', () => {
  // An axe scan of the whole app takes seconds in Firefox, and over 90 s on a 2-core machine running
  // several suites at once (load average 35 measured): a wait on the scan, not a sleep, so generous.
  test.describe.configure({ timeout: 180_000 });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violations in the ${theme} theme`, async ({ page }, testInfo) => {
      const editor = new PolicyEditorPage(page, sandboxName(testInfo));
      await editor.goto();
      await page.getByTestId('theme').selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await editor.expectApplied();
      expect(await axeBlocking(page)).toEqual([]);
    });
  }

  test.describe('with a dark system preference', () => {
    test.use({ colorScheme: 'dark' });

    test('the dark theme applies without a stored choice', async ({ page }, testInfo) => {
      const editor = new PolicyEditorPage(page, sandboxName(testInfo));
      await editor.goto();
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
      // Firefox over WebDriver BiDi ignores Playwright's colorScheme emulation: there, check that the
      // stylesheet switches on prefers-color-scheme instead of seeing the switch happen (the colour
      // tokens are light-dark() pairs, so the switch is the color-scheme the rule sets).
      const emulated = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      if (emulated) {
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe('rgb(13, 17, 23)');
        expect(await axeBlocking(page)).toEqual([]);
      } else {
        const darkRule = await page.evaluate(() =>
          [...document.styleSheets].some((sheet) =>
            [...sheet.cssRules].some(
              (rule) =>
                rule instanceof CSSMediaRule &&
                rule.conditionText.includes('prefers-color-scheme: dark') &&
                rule.cssText.includes('color-scheme: dark'),
            ),
          ),
        );
        expect(darkRule).toBe(true);
      }
    });
  });
});
