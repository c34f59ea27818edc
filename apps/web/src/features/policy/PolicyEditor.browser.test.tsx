import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  componentCodeReplace,
  componentLivePolicy,
  componentRender,
  componentServerData,
  componentTextReplace,
} from '../../componentRender.testkit.tsx';
import PolicyEditor from './PolicyEditor.tsx';

/** Mounts the editor (form, JSON view, preview, presets, audit) on a fresh sandbox's live policy. */
async function editorRender() {
  const rendered = await componentRender(<PolicyEditor />);
  const { config } = await componentServerData(rendered.sandbox);
  await expect.element(page.getByTestId('policy-state')).toHaveTextContent('Applied');
  await expect.element(page.getByTestId('policy-json-input')).toBeVisible();
  return { ...rendered, config, live: () => componentLivePolicy(rendered.sandbox) };
}

const state = page.getByTestId('policy-state');
const jsonInput = page.getByTestId('policy-json-input');
const allowAppOrigin = page.getByTestId('allow-app-origin');

test('form edits change the live policy, and the JSON view follows', async () => {
  const { live } = await editorRender();
  await page.getByTestId('policy-credentials').click();
  componentTextReplace(page.getByTestId('expose-headers').element(), 'X-Request-Id, X-Total-Count');
  await page.getByTestId('max-age-none').click();
  componentTextReplace(page.getByTestId('max-age').element(), '120');
  await expect
    .poll(async () => {
      const policy = await live();
      return [policy.credentials, policy.exposeHeaders, policy.maxAge];
    })
    .toEqual([false, ['X-Request-Id', 'X-Total-Count'], 120]);
  await page.getByTestId('origin-mode').selectOptions('reflect');
  await expect.poll(async () => (await live()).origin).toEqual({ mode: 'reflect' });
  await expect.element(jsonInput).toHaveTextContent('"reflect"');
  await expect.element(state).toHaveTextContent('Applied');
});

test('an invalid JSON edit shows the field path and is not applied; fixing it applies', async () => {
  const { config, live } = await editorRender();
  const before = await live();
  const bad = `${config.appOrigin}/`;
  componentCodeReplace(
    jsonInput.element(),
    JSON.stringify({ origin: { mode: 'list', allow: [bad] }, credentials: true }, null, 2),
  );
  await expect.element(state).toHaveTextContent('Invalid: origin.allow[0]');
  await expect.element(state).toHaveTextContent('an origin has no path');
  // The form shows the error at the field, and the JSON view underlines it.
  await expect
    .element(page.getByTestId('field-error').filter({ hasText: 'origin.allow[0]' }).first())
    .toBeVisible();
  await expect.poll(() => document.querySelector('.cm-lintRange-error')).not.toBeNull();
  // The invalid draft is kept, not reset to the live policy, and never reaches the server.
  await expect.element(jsonInput).toHaveTextContent(bad);
  expect(await live()).toEqual(before);

  componentCodeReplace(jsonInput.element(), '{ "origin": ');
  await expect.element(state).toHaveTextContent('Invalid: JSON syntax error');
  await expect.element(page.getByTestId('policy-credentials')).toBeDisabled();

  componentCodeReplace(
    jsonInput.element(),
    JSON.stringify({ origin: { mode: 'list', allow: [config.otherOrigin] } }),
  );
  await expect.poll(async () => (await live()).origin).toEqual({ mode: 'list', allow: [config.otherOrigin] });
  await expect.element(state).toHaveTextContent('Applied');
  await expect.element(allowAppOrigin).not.toBeChecked();
  // Still nothing applied the invalid drafts in between: the server's history has the one edit.
  expect(before.origin).not.toEqual((await live()).origin);
});

test("a preset replaces the live policy in one click; presets name this playground's origins", async () => {
  const { config, live } = await editorRender();
  const presets = page.getByTestId('preset');
  expect(presets.elements().length).toBeGreaterThanOrEqual(10);
  await expect
    .element(presets.first().getByTestId('preset-verdict'))
    .toHaveTextContent(/Right|Wrong|Depends/);
  const regex = presets.filter({ hasText: 'Unanchored regex' });
  await expect.element(regex).toHaveTextContent(`${config.appOrigin}0`);
  expect(regex.element().textContent).not.toContain('localhost:5173');

  await page.getByTestId('preset-reflect-credentials').click();
  await expect
    .poll(async () => {
      const policy = await live();
      return [policy.origin, policy.credentials];
    })
    .toEqual([{ mode: 'reflect' }, true]);
  await expect.element(page.getByTestId('origin-mode')).toHaveValue('reflect');
  // The audit follows the live policy: reflecting any origin with credentials is its worst finding.
  await expect.element(page.getByTestId('audit-finding').first()).toHaveAttribute('data-severity', 'high');
  // In any or reflect mode the app toggle is off, with why.
  await expect.element(allowAppOrigin).toBeDisabled();
  await expect.element(allowAppOrigin).not.toBeChecked();
  await expect
    .element(page.getByTestId('allow-app-origin-everyone'))
    .toHaveTextContent('every origin is allowed');

  // Presets written for the default ports are rewritten for this playground's origins.
  await page.getByTestId('preset-strict-single-origin').click();
  await expect.poll(async () => (await live()).origin).toEqual({ mode: 'list', allow: [config.appOrigin] });
  await expect.element(allowAppOrigin).toBeChecked();
});

test("'*' with credentials: Apply says what changed, next to its button", async () => {
  await editorRender();
  const star = page.getByTestId('preset').filter({ hasText: "'*' with credentials" });
  await expect.element(star).toHaveTextContent('without cookies');
  await star.getByRole('button', { name: "Apply '*' with credentials" }).click();
  await expect.element(star.getByRole('status')).toHaveTextContent('Applied. Changed:');
  await expect.element(star.getByRole('status')).toHaveTextContent('Access-Control-Allow-Origin: *');
});

test('the preview shows the ACAO the API sends the app, and follows the policy', async () => {
  const { config } = await editorRender();
  const actual = page.getByTestId('preview-actual');
  const acao = () =>
    actual.element().querySelector('[data-testid="preview-header"][data-name="access-control-allow-origin"]')
      ?.textContent;
  await expect.poll(acao).toBe(`Access-Control-Allow-Origin: ${config.appOrigin}`);
  await allowAppOrigin.click();
  await expect.element(state).toHaveTextContent('Applied');
  await expect.element(actual.getByTestId('preview-no-acao')).toBeVisible();
  expect(acao()).toBeUndefined();
  await expect.element(page.getByTestId('preview-preflight')).toHaveAttribute('data-status', '204');
});

test('Undo brings back the custom policy a preset replaced; Restore default the initial one', async () => {
  const { config, live } = await editorRender();
  const initial = await live();
  const custom = { origin: { mode: 'list', allow: [config.otherOrigin] }, maxAge: 7 };
  componentCodeReplace(jsonInput.element(), JSON.stringify(custom));
  await expect.poll(async () => (await live()).origin).toEqual(custom.origin);

  await page.getByTestId('preset-strict-single-origin').click();
  await expect.poll(async () => (await live()).origin).toEqual({ mode: 'list', allow: [config.appOrigin] });
  const undo = page.getByTestId('policy-undo');
  await expect
    .element(undo)
    .toHaveTextContent("Preset 'Strict: one origin, with credentials' replaced your custom policy");
  await page.getByTestId('policy-undo-button').click();
  await expect.poll(live).toMatchObject(custom);
  await expect.element(allowAppOrigin).not.toBeChecked();

  const history = page.getByTestId('policy-history');
  await history.getByText(/^Earlier policies/).click();
  await expect.poll(() => history.getByTestId('policy-history-entry').elements().length).toBe(3);
  await page.getByTestId('policy-restore-default').click();
  await expect.poll(live).toEqual(initial);
  await expect.element(undo).toHaveTextContent('Restore default replaced your custom policy');
});

test('the app toggle works from the keyboard, with a visible focus ring', async () => {
  const { config, live } = await editorRender();
  (allowAppOrigin.element() as HTMLElement).focus();
  await userEvent.tab();
  await userEvent.tab({ shift: true });
  await expect.element(allowAppOrigin).toHaveFocus();
  expect(getComputedStyle(allowAppOrigin.element()).outlineStyle).not.toBe('none');
  // Keys go to whatever has focus: no click, no focus() call in between.
  await userEvent.type(allowAppOrigin, ' ', { skipClick: true });
  await expect.element(allowAppOrigin).not.toBeChecked();
  await expect
    .poll(async () => (await live()).origin)
    .not.toEqual({ mode: 'list', allow: [config.appOrigin] });
  await expect.element(state).toHaveTextContent('Applied');
  // Tab moves on to the next control of the editor.
  await userEvent.tab();
  expect(document.activeElement?.tagName).not.toBe('BODY');
  expect(document.activeElement).not.toBe(allowAppOrigin.element());
});
