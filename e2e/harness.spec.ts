import { expect, test } from '@playwright/test';

test('browser starts', async ({ page, browserName }) => {
  await page.setContent('<p id="x">hi</p>');
  await expect(page.locator('#x')).toHaveText('hi');
  console.log(browserName);
});
