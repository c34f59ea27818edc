import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { componentAxeBlocking } from '../../componentAxe.testkit.ts';
import { componentLivePolicy, componentRender } from '../../componentRender.testkit.tsx';
import SharedPolicyConfirm from './SharedPolicyConfirm.tsx';

/** The attacker's policy: every origin reflected, with credentials. */
const hostile = { origin: { mode: 'reflect' as const }, credentials: true };

async function confirmRender(shared: object) {
  const settled: string[] = [];
  const rendered = await componentRender(
    <SharedPolicyConfirm shared={shared} onSettle={(outcome) => settled.push(outcome)} />,
  );
  return { ...rendered, settled };
}

test('a hostile shared policy: the danger is said, nothing changes until Apply', async () => {
  const { sandbox, settled } = await confirmRender(hostile);
  const before = await componentLivePolicy(sandbox);
  await expect.element(page.getByTestId('shared-policy-danger')).toHaveTextContent('Unsafe');
  await expect.element(page.getByTestId('shared-policy-finding').first()).toBeVisible();
  expect(await componentLivePolicy(sandbox)).toEqual(before);

  await page.getByRole('button', { name: 'Apply this shared policy' }).click();
  await expect.poll(() => settled).toEqual(['applied']);
  expect(await componentLivePolicy(sandbox)).toMatchObject(hostile);
});

test('Discard leaves the live policy as it was; an invalid one cannot be applied', async () => {
  const { sandbox, settled } = await confirmRender(hostile);
  const before = await componentLivePolicy(sandbox);
  await page.getByRole('button', { name: 'Discard' }).click();
  expect(settled).toEqual(['discarded']);
  expect(await componentLivePolicy(sandbox)).toEqual(before);

  await confirmRender({ origin: { mode: 'list', allow: ['https://shop.example/path'] } });
  await expect.element(page.getByTestId('shared-policy-invalid')).toHaveTextContent('origin.allow[0]');
  expect(page.getByRole('button', { name: 'Apply this shared policy' }).elements()).toHaveLength(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the confirmation has no serious or critical violations (${theme})`, async () => {
    await confirmRender(hostile);
    await expect.element(page.getByTestId('shared-policy-danger')).toBeVisible();
    expect(await componentAxeBlocking(page.getByTestId('shared-policy').element(), theme)).toEqual([]);
  });
}
