import { expect, test } from '@playwright/test';
import { ConfigImportPage } from './pages/ConfigImportPage.ts';
import { axeBlocking } from './support/axeBlocking.ts';
import { livePolicy } from './support/livePolicy.ts';
import { sandboxName } from './support/sandboxName.ts';

const djangoSettings = `CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOW_HEADERS = ["content-type", "authorization"]
`;

test.describe('paste your config', () => {
  test('shows the policy django-cors-headers enforces, its audit and exposure, and opens it for confirmation', async ({
    page,
    request,
  }, testInfo) => {
    const importer = new ConfigImportPage(page, sandboxName(testInfo));
    const before = await livePolicy(request, importer.sandbox);
    await importer.goto();
    await importer.paste('django', djangoSettings);

    await expect(importer.imported).toHaveText('Imported: this is the policy your server enforces.');
    await expect(importer.policy).toContainText('"mode": "reflect"');
    await expect(importer.notes.filter({ hasText: 'echoes any Origin back' })).toHaveCount(1);
    await expect(importer.panel.getByText('Any origin is reflected, with credentials')).toBeVisible();
    await expect(importer.exposure).toBeVisible();
    // Not live: the map of an imported policy offers no "Send it from there".
    await expect(importer.exposure.getByRole('link')).toHaveCount(0);
    expect(await axeBlocking(page, '[data-testid="config-import"]')).toEqual([]);

    // A link may prefill the playground; only the user's click applies the policy.
    await importer.openInPlayground.click();
    const dialog = page.getByRole('region', { name: 'Apply this shared policy?' });
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    expect(await livePolicy(request, importer.sandbox)).toEqual(before);
    await dialog.getByRole('button', { name: 'Apply this shared policy' }).click();
    await expect(dialog).toBeHidden();
    await expect
      .poll(async () => (await livePolicy(request, importer.sandbox)).origin)
      .toEqual({ mode: 'reflect' });
  });

  test('refuses a computed origin, naming the line, and offers no policy', async ({ page }, testInfo) => {
    const importer = new ConfigImportPage(page, sandboxName(testInfo));
    await importer.goto();
    await importer.paste(
      'express',
      `app.use(\n  cors({\n    origin: (origin, callback) => callback(null, true),\n    credentials: true,\n  }),\n);`,
    );
    await expect(importer.errors).toHaveCount(1);
    await expect(importer.errors.first()).toContainText('Line 3');
    await expect(importer.errors.first()).toContainText(
      'origin: (origin, callback) => callback(null, true),',
    );
    await expect(importer.errors.first()).toContainText('a function decides at run time');
    await expect(importer.openInPlayground).toHaveCount(0);
    await expect(importer.policy).toHaveCount(0);
    expect(await axeBlocking(page, '[data-testid="config-import"]')).toEqual([]);
  });
});
