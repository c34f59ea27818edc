import { expect, test } from '@playwright/test';
import { PolicyEditorPage } from './pages/PolicyEditorPage.ts';
import { SharedPolicyPage, sharedPolicyHostile, sharedRequestPrivate } from './pages/SharedPolicyPage.ts';
import { axeBlocking } from './support/axeBlocking.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

test.describe('accessibility', () => {
  // An axe scan of the whole app takes seconds in Firefox, more on a loaded machine.
  test.describe.configure({ timeout: 90_000 });

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

  for (const route of ['/learn', '/check'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds no serious or critical violations on ${route} in the ${theme} theme`, async ({
        page,
      }, testInfo) => {
        await page.goto(`${testOrigins.app}${route}?sandbox=${encodeURIComponent(sandboxName(testInfo))}`);
        await page.getByTestId('theme').selectOption(theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
        // The route's lazy panels (policy editor, export) have loaded before the scan.
        await expect(page.getByTestId(route === '/learn' ? 'policy-editor' : 'export-code')).toBeAttached({
          timeout: 15_000,
        });
        expect(await axeBlocking(page)).toEqual([]);
      });
    }
  }

  test('the shared-policy confirmation has no serious or critical violations', async ({ page }, testInfo) => {
    const shared = new SharedPolicyPage(page, sandboxName(testInfo));
    await page.goto(shared.link(sharedPolicyHostile, sharedRequestPrivate));
    await expect(shared.danger).toBeVisible({ timeout: 15_000 });
    // The rest of the page is scanned above: only the confirmation is new here.
    expect(await axeBlocking(page, '[data-testid="shared-policy"]')).toEqual([]);
  });

  test('the theme choice survives a reload', async ({ page }, testInfo) => {
    const editor = new PolicyEditorPage(page, sandboxName(testInfo));
    await editor.goto();
    await page.getByTestId('theme').selectOption('dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByTestId('theme')).toHaveValue('dark');
  });

  test.describe('with a dark system preference', () => {
    test.use({ colorScheme: 'dark' });

    test('the dark theme applies without a stored choice', async ({ page }, testInfo) => {
      const editor = new PolicyEditorPage(page, sandboxName(testInfo));
      await editor.goto();
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
      // Firefox over WebDriver BiDi ignores Playwright's colorScheme emulation: there, check that the
      // stylesheet switches on prefers-color-scheme instead of seeing the switch happen.
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
                rule.cssText.includes('--bg: #0d1117'),
            ),
          ),
        );
        expect(darkRule).toBe(true);
      }
    });
  });
});
