import { expect, test } from '@playwright/test';
import { testOrigins } from './support/testOrigins.ts';

test.describe('pages: titles, 404, Learn step list', () => {
  test('the server answers 404 for a path that is no page, still with the app', async ({ request }) => {
    for (const path of [
      '/',
      '/learn',
      '/learn/cookies',
      '/check',
      '/challenges',
      '/challenges/guide',
      '/workshop/check',
    ]) {
      expect((await request.get(`${testOrigins.app}${path}`)).status(), path).toBe(200);
    }
    const missing = await request.get(`${testOrigins.app}/no/such/page`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('<div id="root">');
  });

  test('every route titles its tab', async ({ page }) => {
    await page.goto(`${testOrigins.app}/`);
    await expect(page).toHaveTitle('Playground · CORS Playground');
    await page.goto(`${testOrigins.app}/learn`);
    await expect(page).toHaveTitle(/^Learn CORS — step 1: .+ · CORS Playground$/);
    await page.getByRole('navigation', { name: 'Learning path' }).getByRole('link').nth(2).click();
    await expect(page).toHaveTitle(/^Learn CORS — step 3: .+ · CORS Playground$/);
    await page.goto(`${testOrigins.app}/check`);
    await expect(page).toHaveTitle('Check my server · CORS Playground');
    await page.goto(`${testOrigins.app}/workshop/check`);
    await expect(page).toHaveTitle('Workshop setup check · CORS Playground');
    await page.goto(`${testOrigins.app}/workshop/sheet`);
    await expect(page).toHaveTitle('Participant sheet · CORS Playground');
    await page.goto(`${testOrigins.app}/no/such/page`);
    await expect(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
    await expect(page).toHaveTitle('No such page · CORS Playground');
  });

  test("Learn's numbered steps never run into each other", async ({ page }) => {
    await page.goto(`${testOrigins.app}/learn`);
    const items = page.locator('.learn-steps > li');
    await expect(items.first()).toBeVisible();
    const boxes = await items.evaluateAll((lis) =>
      lis.map((li) => {
        const box = li.getBoundingClientRect();
        return {
          left: box.left,
          right: box.right,
          top: box.top,
          position: getComputedStyle(li).listStylePosition,
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    for (const [index, box] of boxes.entries()) {
      // The number is inside its item's box, so boxes apart means numbers apart from the words before.
      expect(box.position).toBe('inside');
      const previous = boxes[index - 1];
      if (previous && Math.abs(previous.top - box.top) < 2) expect(box.left).toBeGreaterThan(previous.right);
    }
  });
});
