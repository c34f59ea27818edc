import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import {
  componentPolicyPut,
  componentRender,
  componentSandbox,
  componentServerData,
} from '../../componentRender.testkit.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { sendRecordSeed, sendRecordsAdd } from '../send/sendRecordSeed.testkit.ts';
import HistoryPanel from './HistoryPanel.tsx';

/** Two finished sends in the history: a GET /data that was allowed, then a PUT with a header that was not. */
async function historyOfTwo() {
  const sandbox = componentSandbox();
  const { config } = await componentServerData(sandbox);
  await componentPolicyPut(sandbox, {
    origin: { mode: 'list', allow: [config.appOrigin] },
    allowHeaders: { mode: 'list', values: ['Content-Type'] },
  });
  const { policy, seed } = await componentServerData(sandbox);
  const origins = { policy, pageOrigin: config.appOrigin, apiOrigin: config.apiOrigin, sandbox };
  const allowed = await sendRecordSeed({ id: 1, ...origins });
  const blocked = await sendRecordSeed({
    id: 2,
    ...origins,
    draft: { method: 'PUT', headers: [['X-Custom', '1']], body: '{}' },
  });
  await componentRender(<HistoryPanel />, { sandbox, seed });
  sendRecordsAdd(allowed, blocked);
  usePlaygroundStore.setState({ sendCurrentId: 2 });
}

test('the history lists every send, newest first, and Show switches the result shown', async () => {
  await historyOfTwo();
  const entries = page.getByTestId('history-entry');
  await expect
    .poll(() => entries.elements().map((entry) => entry.getAttribute('data-send')))
    .toEqual(['2', '1']);
  await expect.element(entries.first()).toHaveTextContent('failed');
  await expect.element(entries.first()).toHaveTextContent('#2 PUT /data');
  await expect.element(entries.nth(1)).toHaveTextContent('200');
  await expect.element(entries.first()).toHaveAttribute('aria-current', 'true');
  await expect.element(entries.first().getByTestId('history-show')).toBeDisabled();
  await entries.nth(1).getByTestId('history-show').click();
  expect(usePlaygroundStore.getState().sendCurrentId).toBe(1);
  await expect.element(entries.nth(1)).toHaveAttribute('aria-current', 'true');
});

test('two sends picked are compared side by side, the rows that differ marked', async () => {
  await historyOfTwo();
  const compare = page.getByTestId('history-compare');
  await compare.first().click();
  await expect.element(page.getByText('Pick one more send to compare.')).toBeVisible();
  await compare.nth(1).click();
  const table = page.getByTestId('history-compare-table');
  await expect.element(table).toHaveTextContent('Send #2 compared with send #1');
  const row = (label: string) =>
    page
      .getByTestId('history-compare-row')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect.element(row('Request')).toHaveAttribute('data-differs', 'true');
  await expect.element(row('Request')).toHaveTextContent('PUT /data');
  await expect.element(row('JavaScript saw')).toHaveAttribute('data-differs', 'true');
  expect(
    page
      .getByTestId('history-compare-row')
      .elements()
      .some((element) => element.getAttribute('data-differs') === 'false'),
  ).toBe(true);
  // A third pick replaces the oldest: still two compared.
  await compare.first().click();
  expect(page.getByTestId('history-compare-table').elements()).toHaveLength(0);
});
