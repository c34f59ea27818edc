import { expect, test, type Page } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage.ts';
import { PolicyEditorPage } from './pages/PolicyEditorPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

/** Opens the sender for `from` (the picker's option text starts with it), clicks Send there, returns its result. */
async function sendFrom(page: Page, from: string): Promise<string> {
  const section = page.locator('details').filter({ hasText: 'Send this request from another origin' });
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  const picker = section.getByLabel('From');
  const option = picker.locator('option').filter({ hasText: new RegExp(`^${from}`) });
  await picker.selectOption((await option.getAttribute('value')) ?? '');
  const opened = page.waitForEvent('popup');
  await section.getByRole('link', { name: 'Open the sender there (new tab)' }).click();
  const sender = await opened;
  const frame = from.startsWith('null') ? sender.frameLocator('iframe') : sender;
  await frame.getByRole('button', { name: 'Send from here' }).click();
  const result = frame.getByRole('status', { name: 'What this page saw' });
  await expect(result).toHaveText(/^(Allowed|Blocked)/);
  const text = (await result.textContent()) ?? '';
  await sender.close();
  return text;
}

test('the same request sent from another origin: what that page saw, and what the server received', async ({
  page,
}, testInfo) => {
  const ui = new PlaygroundPage(page, sandboxName(testInfo));
  await ui.goto();
  await ui.setAppOriginAllowed(true);
  const cross = `http://evil.localhost:${new URL(testOrigins.other).port}`;

  // Allowed for the app's origin only: the other site's page is refused, but the request arrived.
  expect(await sendFrom(page, 'Another site')).toMatch(/^Blocked: TypeError/);
  await expect(ui.serverEvents.first()).toContainText(`from ${cross} → 200`);
  await expect(ui.serverEvents.first().getByTestId('server-event-readable')).toHaveAttribute(
    'data-readable',
    'no',
  );

  expect(await sendFrom(page, 'Same site, another origin')).toMatch(/^Blocked: TypeError/);
  await expect(ui.serverEvents.first()).toContainText(`from ${testOrigins.other} → 200`);

  expect(await sendFrom(page, 'null: a sandboxed frame')).toMatch(/^Blocked: TypeError/);
  await expect(ui.serverEvents.first()).toContainText('from null → 200');

  // Reflecting every origin: now the other site's page reads the answer.
  const policy = new PolicyEditorPage(page, ui.sandbox);
  await expect(policy.jsonInput).toBeVisible({ timeout: 15_000 });
  await policy.jsonReplace(JSON.stringify({ origin: { mode: 'reflect' } }));
  await policy.expectApplied();
  expect(await sendFrom(page, 'Another site')).toMatch(/^Allowed: 200 \(cors\)/);
});
