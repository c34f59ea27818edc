import { expect, test, type APIRequestContext } from '@playwright/test';
import { ChallengesPage } from './pages/ChallengesPage.ts';
import { PolicyEditorPage } from './pages/PolicyEditorPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

const custom = { origin: { mode: 'list', allow: [testOrigins.other] }, maxAge: 7 };

async function liveOrigin(editor: PolicyEditorPage, request: APIRequestContext) {
  return (await editor.livePolicy(request)).origin;
}

test.describe('the live policy is never lost silently', () => {
  test('Undo brings back the custom policy a preset replaced; Restore default the initial one', async ({
    page,
    request,
  }, testInfo) => {
    const editor = new PolicyEditorPage(page, sandboxName(testInfo));
    await editor.goto();
    await editor.expectApplied();
    const initial = await editor.livePolicy(request);
    await editor.jsonReplace(JSON.stringify(custom));
    await editor.expectApplied();
    await expect.poll(() => liveOrigin(editor, request)).toEqual(custom.origin);

    await page.getByTestId('preset-strict-single-origin').click();
    await expect.poll(() => liveOrigin(editor, request)).toEqual({ mode: 'list', allow: [testOrigins.app] });
    const undo = page.getByTestId('policy-undo');
    await expect(undo).toContainText(
      "Preset 'Strict: one origin, with credentials' replaced your custom policy",
    );
    await page.getByTestId('policy-undo-button').click();
    await expect.poll(() => editor.livePolicy(request)).toMatchObject(custom);
    await expect(editor.allowAppOrigin).not.toBeChecked();

    const history = page.getByTestId('policy-history');
    await history.locator('summary').click();
    await expect(history.getByTestId('policy-history-entry')).toHaveCount(3);
    await page.getByTestId('policy-restore-default').click();
    await expect.poll(() => editor.livePolicy(request)).toEqual(initial);
    await expect(undo).toContainText('Restore default replaced your custom policy');
  });

  test('in any or reflect mode the app toggle is off, with why', async ({ page, request }, testInfo) => {
    const editor = new PolicyEditorPage(page, sandboxName(testInfo));
    await editor.goto();
    await page.getByTestId('preset-reflect-credentials').click();
    await expect.poll(() => liveOrigin(editor, request)).toEqual({ mode: 'reflect' });
    await expect(editor.allowAppOrigin).toBeDisabled();
    await expect(editor.allowAppOrigin).not.toBeChecked();
    await expect(page.getByTestId('allow-app-origin-everyone')).toContainText('every origin is allowed');
  });

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

    // Every box of the list, its overflowing text included, ends before the panel's first box starts.
    const listRight = await page
      .locator('.challenge-list, .challenge-list *')
      .evaluateAll((elements) =>
        Math.max(
          ...elements.map((e) => e.getBoundingClientRect().left + Math.max(e.scrollWidth, e.clientWidth)),
        ),
      );
    const panel = page.locator('article.challenge');
    const panelLeft = await panel.evaluate((article) => article.getBoundingClientRect().left);
    // Scrolling boxes inside (the JSON editor, long exploit lines) may hold more: the panel may not.
    const panelRight = await panel.evaluate((article) => article.getBoundingClientRect().right);
    expect(listRight).toBeLessThanOrEqual(panelLeft);
    expect(panelRight).toBeLessThanOrEqual(1024);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
