import { expect, test } from '@playwright/test';
import { challengeList } from '../packages/engine/src/challenge/challengeList.ts';
import { testOrigins } from './support/testOrigins.ts';

/** A title as the page shows it: its backticked words are code, without the backticks. */
const shown = (title = '') => title.replaceAll('`', '');

test("the instructor's guide shows every challenge's story, outcome per browser and questions", async ({
  page,
}) => {
  await page.goto(`${testOrigins.app}/challenges/guide`);
  await expect(
    page.getByRole('heading', { level: 1, name: "Security challenges: instructor's guide" }),
  ).toBeVisible();
  const entries = page.getByRole('article');
  await expect(entries).toHaveCount(challengeList.length);
  for (const challenge of challengeList) {
    const entry = page.getByRole('article', { name: shown(challenge.title) });
    await expect(entry.getByRole('term')).toContainText(['Chromium', 'Firefox']);
    await expect(entry).toContainText(challenge.expected.firefox);
    await expect(entry).toContainText(challenge.questions[0]?.question ?? '');
  }
  // The vulnerable policies name this server's origins.
  await expect(page.getByRole('article', { name: shown(challengeList[2]?.title) })).toContainText(
    testOrigins.stage.victimApp,
  );
});
