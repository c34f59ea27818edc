import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { componentRender, componentSandbox } from '../componentRender.testkit.tsx';
import { App } from './App.tsx';

/** The whole app at `path`, as the browser would open it (its own providers, lazy routes). */
async function appAt(path: string) {
  const sandbox = componentSandbox();
  return componentRender(<App sandbox={sandbox} />, { sandbox, path });
}

test('every route titles its tab', async () => {
  await appAt('/');
  await expect.poll(() => document.title).toBe('Playground · CORS Playground');
  await appAt('/learn');
  await expect.poll(() => document.title).toMatch(/^Learn CORS — step 1: .+ · CORS Playground$/);
  await page.getByRole('navigation', { name: 'Learning path' }).getByRole('link').nth(2).click();
  await expect.poll(() => document.title).toMatch(/^Learn CORS — step 3: .+ · CORS Playground$/);
  await appAt('/check');
  await expect.poll(() => document.title).toBe('Check my server · CORS Playground');
  await appAt('/workshop/check');
  await expect.poll(() => document.title).toBe('Workshop setup check · CORS Playground');
  await appAt('/workshop/sheet');
  await expect.poll(() => document.title).toBe('Participant sheet · CORS Playground');
  await appAt('/no/such/page');
  await expect.element(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
  await expect.poll(() => document.title).toBe('No such page · CORS Playground');
});

test('Send is at most 15 Tab presses from the top of the page', async () => {
  await appAt('/');
  const send = page.getByTestId('send');
  await expect.element(send).toBeEnabled();
  // Where a fresh page starts: nothing focused, the next Tab goes to the first control.
  (document.activeElement as HTMLElement | null)?.blur();
  let presses = 0;
  while (presses < 15 && document.activeElement !== send.element()) {
    await userEvent.tab();
    presses += 1;
  }
  await expect.element(send).toHaveFocus();
});

test('the theme choice is remembered: a new page opens in it', async () => {
  await appAt('/');
  await page.getByTestId('theme').selectOptions('dark');
  expect(document.documentElement.dataset.theme).toBe('dark');
  await appAt('/');
  await expect.element(page.getByTestId('theme')).toHaveValue('dark');
  expect(document.documentElement.dataset.theme).toBe('dark');
});
