import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { componentAxeBlocking } from '../componentAxe.testkit.ts';
import { componentRender } from '../componentRender.testkit.tsx';
import CheckRoute from './CheckRoute.tsx';

for (const theme of ['light', 'dark'] as const) {
  test(`Check my server has no serious or critical violations (${theme})`, async () => {
    await componentRender(<CheckRoute />, { path: '/check' });
    await expect.element(page.getByRole('heading', { level: 2, name: 'Check my server' })).toBeVisible();
    await expect.element(page.getByTestId('check-cli')).toHaveTextContent('cors check');
    // The route's lazy panels (export, curl analysis, exposure map) have loaded before the scan.
    await expect.element(page.getByTestId('export-code')).toBeInTheDocument();
    expect(await componentAxeBlocking(document.body, theme)).toEqual([]);
  });
}

test("the pasted config's text box stays inside its panel", async () => {
  await componentRender(<CheckRoute />, { path: '/check' });
  const box = page.getByLabelText('Your CORS configuration');
  await expect.element(box).toBeVisible();
  const panel = box.element().closest('section');
  if (!panel) throw new Error('the text box is outside a panel');
  const boxRect = box.element().getBoundingClientRect();
  const panelRect = panel.getBoundingClientRect();
  expect(boxRect.right).toBeLessThanOrEqual(panelRect.right);
  expect(boxRect.left).toBeGreaterThanOrEqual(panelRect.left);
});
