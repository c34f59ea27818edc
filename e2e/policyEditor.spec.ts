import { expect, test } from '@playwright/test';
import { PolicyEditorPage } from './pages/PolicyEditorPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';
import { textReplace } from './support/textReplace.ts';

/** Longer than the editor's debounce (300 ms) plus a PUT: an invalid draft must still not be on the server. */
const pastDebounceMs = 1_000;

test.describe('policy editor: edits reach the live API, invalid drafts never do', () => {
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

  test('an invalid JSON edit shows the field path and is not applied; fixing it applies', async ({
    page,
    request,
  }, testInfo) => {
    const editor = new PolicyEditorPage(page, sandboxName(testInfo));
    await editor.goto();
    const before = await editor.livePolicy(request);

    const bad = `${testOrigins.app}/`;
    await editor.jsonReplace(
      JSON.stringify({ origin: { mode: 'list', allow: [bad] }, credentials: true }, null, 2),
    );
    await expect(editor.state).toContainText('Invalid: origin.allow[0]');
    await expect(editor.state).toContainText('an origin has no path');
    // The form shows the error at the field, and the JSON view underlines it.
    await expect(editor.fieldErrors.filter({ hasText: 'origin.allow[0]' }).first()).toBeVisible();
    await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
    await page.waitForTimeout(pastDebounceMs);
    expect(await editor.livePolicy(request)).toEqual(before);
    // The invalid draft is kept, not reset to the live policy.
    await expect(editor.jsonInput).toContainText(bad);

    await editor.jsonReplace('{ "origin": ');
    await expect(editor.state).toContainText('Invalid: JSON syntax error');
    await expect(editor.credentials).toBeDisabled();

    await editor.jsonReplace(JSON.stringify({ origin: { mode: 'list', allow: [testOrigins.other] } }));
    await editor.expectApplied();
    await expect
      .poll(async () => (await editor.livePolicy(request)).origin)
      .toEqual({ mode: 'list', allow: [testOrigins.other] });
    await expect(editor.allowAppOrigin).not.toBeChecked();
  });

  test('a preset replaces the live policy in one click', async ({ page, request }, testInfo) => {
    const editor = new PolicyEditorPage(page, sandboxName(testInfo));
    await editor.goto();
    expect(await editor.presets.count()).toBeGreaterThanOrEqual(10);
    await expect(editor.presets.first().getByTestId('preset-verdict')).toHaveText(/Right|Wrong|Depends/);

    await page.getByTestId('preset-reflect-credentials').click();
    await editor.expectApplied();
    await expect
      .poll(async () => {
        const live = await editor.livePolicy(request);
        return [live.origin, live.credentials];
      })
      .toEqual([{ mode: 'reflect' }, true]);
    await expect(editor.originMode).toHaveValue('reflect');
    // The audit follows the live policy: reflecting any origin with credentials is its worst finding.
    await expect(editor.auditFindings.first()).toHaveAttribute('data-severity', 'high');

    // Presets written for the default ports are rewritten for this playground's origins.
    await page.getByTestId('preset-strict-single-origin').click();
    await editor.expectApplied();
    await expect
      .poll(async () => (await editor.livePolicy(request)).origin)
      .toEqual({
        mode: 'list',
        allow: [testOrigins.app],
      });
    await expect(editor.allowAppOrigin).toBeChecked();
  });

  test('the preview shows the ACAO the API sends the app, and follows the policy', async ({
    page,
    request,
  }, testInfo) => {
    const editor = new PolicyEditorPage(page, sandboxName(testInfo));
    await editor.goto();
    const acao = editor.previewHeader(editor.previewActual, 'Access-Control-Allow-Origin');
    await expect(acao).toHaveText(`Access-Control-Allow-Origin: ${testOrigins.app}`);

    // The preview is what the real API sends: compare with a request carrying the app's Origin.
    const real = await request.get(`${testOrigins.api}/s/${editor.sandbox}/data`, {
      headers: { origin: testOrigins.app },
    });
    expect(real.headers()['access-control-allow-origin']).toBe(testOrigins.app);

    await editor.allowAppOrigin.uncheck();
    await editor.expectApplied();
    await expect(acao).toHaveCount(0);
    await expect(editor.previewActual.getByTestId('preview-no-acao')).toBeVisible();
    await expect(editor.previewPreflight).toHaveAttribute('data-status', '204');
  });
});
