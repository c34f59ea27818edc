import { expect, test } from '@playwright/test';
import { ProductionPage } from './pages/ProductionPage.ts';
import { sandboxName } from './support/sandboxName.ts';

const anyWithCredentials = `HTTP/2 200
content-type: application/json
access-control-allow-origin: *
access-control-allow-credentials: true

{"a":1}
`;

test.describe('/check: the paste analysis chooses its own credentials', () => {
  test("'*' with credentials: allowed without cookies, blocked with them", async ({ page }, testInfo) => {
    const production = new ProductionPage(page, sandboxName(testInfo));
    await production.goto();
    await production.analyse(anyWithCredentials, {
      url: 'https://api.example/data',
      origin: 'https://shop.example',
    });
    const credentials = page.getByTestId('curl-credentials');
    await expect(credentials).toHaveValue('same-origin');
    await expect(production.verdict).toHaveAttribute('data-outcome', 'allowed');
    await credentials.selectOption('include');
    await expect(production.verdict).toHaveAttribute('data-outcome', 'blocked');
    await expect(page.getByTestId('curl-request-summary')).not.toContainText('credentials');
  });

  test('the copy buttons of the curl commands read once', async ({ page }, testInfo) => {
    const production = new ProductionPage(page, sandboxName(testInfo));
    await production.goto();
    await production.analyse(anyWithCredentials, {
      url: 'https://api.example/data',
      origin: 'https://shop.example',
    });
    await page.getByTestId('curl-commands').locator('summary').click();
    await expect(page.getByRole('button', { name: 'Copy the request curl command' })).toBeVisible();
    await expect(page.getByRole('button', { name: /the the/ })).toHaveCount(0);
  });
});
