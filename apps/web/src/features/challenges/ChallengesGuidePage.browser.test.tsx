import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { challengeList } from '@cors-playground/engine';
import { componentAxeBlocking } from '../../componentAxe.testkit.ts';
import { componentRender, componentServerData } from '../../componentRender.testkit.tsx';
import ChallengesGuidePage from './ChallengesGuidePage.tsx';

/** A title as the page shows it: its backticked words are code, without the backticks. */
const shown = (title = '') => title.replaceAll('`', '');

test("the instructor's guide shows every challenge's story, outcome per browser and questions", async () => {
  const { sandbox } = await componentRender(<ChallengesGuidePage />);
  const { config } = await componentServerData(sandbox);
  await expect
    .element(page.getByRole('heading', { level: 1, name: "Security challenges: instructor's guide" }))
    .toBeVisible();
  await expect.poll(() => page.getByRole('article').elements().length).toBe(challengeList.length);
  for (const challenge of challengeList) {
    const entry = page.getByRole('article', { name: shown(challenge.title) });
    expect(
      entry
        .getByRole('term')
        .elements()
        .map((term) => term.textContent),
    ).toEqual(expect.arrayContaining(['Chromium', 'Firefox']));
    await expect.element(entry).toHaveTextContent(challenge.expected.firefox);
    await expect.element(entry).toHaveTextContent(challenge.questions[0]?.question ?? '');
  }
  // The vulnerable policies name this server's origins.
  await expect
    .element(page.getByRole('article', { name: shown(challengeList[2]?.title) }))
    .toHaveTextContent(config.stage.victimApp);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the instructor's guide has no serious or critical violations (${theme})`, async () => {
    await componentRender(<ChallengesGuidePage />);
    await expect.element(page.getByRole('article').first()).toBeVisible();
    expect(await componentAxeBlocking(document.body, theme)).toEqual([]);
  });
}
