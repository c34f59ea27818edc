import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { Route, Routes } from 'react-router';
import { componentAxeBlocking } from '../componentAxe.testkit.ts';
import {
  componentLivePolicy,
  componentRender,
  componentSandbox,
  componentServerData,
} from '../componentRender.testkit.tsx';
import LearnRoute from './LearnRoute.tsx';
import { usePlaygroundStore } from '../store/playgroundStore.ts';
import { sendRecordSeed, sendRecordsAdd } from '../features/send/sendRecordSeed.testkit.ts';

/** The Learn route (the path beside a working playground) at `step`, on a fresh sandbox. */
async function learnAt(step: string, sandbox = componentSandbox()) {
  const rendered = await componentRender(
    <Routes>
      <Route path="/learn/:step?" element={<LearnRoute />} />
    </Routes>,
    { sandbox, path: `/learn/${step}` },
  );
  await expect.element(page.getByTestId('learn-step')).toBeVisible();
  return rendered;
}

/** A send of the builder's request just finished, against the sandbox's live policy. */
async function sendFinished(sandbox: string, id: number) {
  const { config } = await componentServerData(sandbox);
  const store = usePlaygroundStore.getState();
  const record = await sendRecordSeed({
    id,
    policy: await componentLivePolicy(sandbox),
    pageOrigin: config.appOrigin,
    apiOrigin: config.apiOrigin,
    sandbox,
    draft: { path: store.requestPath, method: store.requestMethod, headers: store.requestHeaders },
  });
  sendRecordsAdd(record);
  usePlaygroundStore.setState({ sendCurrentId: id });
}

test('a Learn step is completed by doing it, and the progress outlives the page', async () => {
  const { sandbox } = await learnAt('allow-origin');
  const { config } = await componentServerData(sandbox);
  const answer = page.getByTestId('learn-answer');
  await expect
    .element(page.getByTestId('learn-step').getByRole('heading', { name: 'Access-Control-Allow-Origin' }))
    .toBeVisible();
  await page.getByRole('button', { name: 'Try it' }).click();
  await expect.element(page.getByTestId('send')).toHaveFocus();
  // "Try it" set a policy that does not allow the app yet: a send is blocked, and that is no answer.
  await sendFinished(sandbox, 1);
  await expect.element(page.getByTestId('verdict')).toHaveAttribute('data-tone', 'bad');
  expect(answer.element().textContent).not.toContain('Done');

  const allow = page.getByLabelText(new RegExp(`Allow ${config.appOrigin.replace(/[.:/]/g, '.')}`));
  await allow.click();
  await expect.element(allow).toBeChecked();
  await expect.element(page.getByTestId('policy-state')).toHaveTextContent('Applied');
  await sendFinished(sandbox, 2);
  await expect.element(answer).toHaveTextContent('Done');

  await learnAt('allow-origin', sandbox);
  await expect.element(page.getByTestId('learn-progress')).toHaveTextContent('1 of 9 steps done');
  await expect
    .element(
      page
        .getByRole('navigation', { name: 'Learning path' })
        .getByRole('link', { name: /Access-Control-Allow-Origin/ }),
    )
    .toHaveTextContent('✓');
});

test("Learn's numbered steps never run into each other", async () => {
  await learnAt('');
  const items = [...document.querySelectorAll('.learn-steps > li')];
  expect(items.length).toBeGreaterThan(3);
  const boxes = items.map((li) => {
    const box = li.getBoundingClientRect();
    return {
      left: box.left,
      right: box.right,
      top: box.top,
      position: getComputedStyle(li).listStylePosition,
    };
  });
  for (const [index, box] of boxes.entries()) {
    // The number is inside its item's box, so boxes apart means numbers apart from the words before.
    expect(box.position).toBe('inside');
    const previous = boxes[index - 1];
    if (previous && Math.abs(previous.top - box.top) < 2) expect(box.left).toBeGreaterThan(previous.right);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`the Learn route has no serious or critical violations (${theme})`, async () => {
    await learnAt('');
    // The route's lazy panels (the policy editor) have loaded before the scan.
    await expect.element(page.getByTestId('policy-editor')).toBeInTheDocument();
    await expect.element(page.getByTestId('policy-json-input')).toBeVisible();
    expect(await componentAxeBlocking(document.body, theme)).toEqual([]);
  });
}
