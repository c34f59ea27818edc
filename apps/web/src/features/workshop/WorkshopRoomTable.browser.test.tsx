import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { challengeList } from '@cors-playground/engine';
import { workshopRoomSchema } from '@cors-playground/protocol';
import { componentAxeBlocking } from '../../componentAxe.testkit.ts';
import { componentRender } from '../../componentRender.testkit.tsx';
import { WorkshopRoomTable } from './WorkshopRoomTable.tsx';
import './workshopRoom.css';

const now = Date.UTC(2026, 0, 1, 10, 0);
const minute = 60_000;
const [first, second] = challengeList;
const challenges = challengeList.map(({ id, title }) => ({ id, title }));

/** A room as the server sends it (checked against its schema): three participants at different stages. */
const room = workshopRoomSchema.parse({
  startedAt: now - 60 * minute,
  participants: [
    {
      id: 'p-ada',
      name: 'Ada',
      joinedAt: now - 50 * minute,
      lastSeenAt: now - minute,
      progress: {
        [first!.id]: {
          state: 'fixed',
          startedAt: now - 40 * minute,
          exploitedAt: now - 30 * minute,
          fixedAt: now - 20 * minute,
        },
        [second!.id]: { state: 'started', startedAt: now - 10 * minute },
      },
    },
    {
      id: 'p-bob',
      name: 'Bob',
      joinedAt: now - 50 * minute,
      lastSeenAt: now - 12 * minute,
      progress: {
        [first!.id]: { state: 'exploited', startedAt: now - 40 * minute, exploitedAt: now - 35 * minute },
      },
    },
    { id: 'p-cy', name: 'Cy', joinedAt: now - 5 * minute, lastSeenAt: now, progress: {} },
  ],
  messages: [],
});

async function tableRender(actions: boolean) {
  const picked: string[] = [];
  const hinted: string[] = [];
  await componentRender(
    <WorkshopRoomTable
      room={room}
      challenges={challenges}
      now={now}
      actions={actions}
      selected="p-bob"
      onSelect={(id) => picked.push(id)}
      onHint={(id) => hinted.push(id)}
    />,
  );
  return { picked, hinted };
}

/** The cell of one participant's row for one challenge. */
const cell = (name: string, challenge: string) =>
  [...document.querySelectorAll('tbody tr')]
    .find((row) => row.querySelector('th')?.textContent?.includes(name))
    ?.querySelector(`td[data-challenge="${challenge}"]`);

test('each participant × challenge cell says where they are, in words as well as marks', async () => {
  await tableRender(false);
  await expect.element(page.getByRole('table')).toHaveTextContent('3 participants');
  expect(cell('Ada', first!.id)?.getAttribute('data-state')).toBe('fixed');
  expect(cell('Ada', first!.id)?.textContent).toContain('fixed');
  expect(cell('Ada', second!.id)?.getAttribute('data-state')).toBe('started');
  expect(cell('Bob', first!.id)?.getAttribute('data-state')).toBe('exploited');
  expect(cell('Cy', first!.id)?.getAttribute('data-state')).toBe('none');
  expect(cell('Cy', first!.id)?.textContent).toContain('not started');
  // Quiet for 12 minutes is idle; a minute ago is active.
  await expect.element(page.getByRole('row', { name: /Bob/ })).toHaveTextContent('idle 12 min');
  await expect.element(page.getByRole('row', { name: /Ada/ })).toHaveTextContent('active');
  // The footer tallies the room: a fixed attempt was exploited first.
  const tally = page
    .getByTestId('workshop-room-tally')
    .element()
    .querySelector(`td[data-challenge="${first!.id}"]`);
  expect(tally?.textContent).toContain(`${first!.title}: 2/3 exploited, 1 fixed`);
  // The projector view has names only, no actions.
  expect(page.getByRole('button').elements()).toHaveLength(0);
});

test("the instructor's actions sit on each row: select, hint", async () => {
  const { picked, hinted } = await tableRender(true);
  await expect
    .element(page.getByRole('button', { name: 'Bob', exact: true }))
    .toHaveAttribute('aria-pressed', 'true');
  await expect
    .element(page.getByRole('button', { name: 'Ada', exact: true }))
    .toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Ada', exact: true }).click();
  await page.getByRole('button', { name: 'Hint to Cy' }).click();
  expect(picked).toEqual(['p-ada']);
  expect(hinted).toEqual(['p-cy']);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the room table has no serious or critical violations (${theme})`, async () => {
    await tableRender(true);
    expect(await componentAxeBlocking(page.getByTestId('workshop-room').element(), theme)).toEqual([]);
  });
}
