import { expect, test } from '@playwright/test';
import { PolicyEditorPage } from './pages/PolicyEditorPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { textReplace } from './support/textReplace.ts';

// The editor's other behaviour (invalid drafts, presets, preview, undo) is in the component layer:
// PolicyEditor.browser.test.tsx. This flow stays end to end, in both browsers.
test.describe('policy editor: edits reach the live API', () => {
  test('form edits change the live policy', async ({ page, request }, testInfo) => {
    const editor = new PolicyEditorPage(page, sandboxName(testInfo));
    await editor.goto();
    await editor.expectApplied();

    await editor.credentials.uncheck();
    await textReplace(editor.exposeHeaders, 'X-Request-Id, X-Total-Count');
    await editor.maxAgeNone.uncheck();
    await textReplace(editor.maxAge, '120');
    await editor.expectApplied();
    await expect
      .poll(async () => {
        const live = await editor.livePolicy(request);
        return [live.credentials, live.exposeHeaders, live.maxAge];
      })
      .toEqual([false, ['X-Request-Id', 'X-Total-Count'], 120]);

    await editor.originMode.selectOption('reflect');
    await editor.expectApplied();
    await expect.poll(async () => (await editor.livePolicy(request)).origin).toEqual({ mode: 'reflect' });
    // The JSON view follows the form.
    await expect(editor.jsonInput).toContainText('"reflect"');
  });
});
