import { axeBlocking } from './support/axeBlocking.ts';
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage.ts';
import { ProductionPage } from './pages/ProductionPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';
import { textReplace } from './support/textReplace.ts';

const shop = 'https://shop.example';
const api = 'https://api.example/data';

const noCorsResponse = `HTTP/1.1 200 OK
Content-Type: application/json
Content-Length: 8

{"a":1}
`;

const goodResponse = `HTTP/2 200
content-type: application/json
access-control-allow-origin: ${shop}
vary: Origin

{"a":1}
`;

test.describe('to production: export', () => {
  test('shows Express code for the live policy and follows policy changes', async ({
    page,
    request,
  }, testInfo) => {
    const production = new ProductionPage(page, sandboxName(testInfo));
    await production.policyPut(request, { origin: { mode: 'list', allow: [shop] } });
    await production.goto();
    await expect(production.target).toHaveValue('express');
    await expect(production.code).toContainText(`origin: ['${shop}']`);
    await expect(production.code).toContainText("import cors from 'cors'");
    await expect(production.differences).toBeVisible();

    // A change made in the policy editor reaches the export without a reload.
    const playground = new PlaygroundPage(page, production.sandbox);
    await playground.open();
    await playground.setAppOriginAllowed(true);
    await production.open();
    await expect(production.code).toContainText(testOrigins.app);
    await expect(production.code).toContainText(shop);
  });

  test('says what a framework cannot express, and "Equivalent" when it can', async ({
    page,
    request,
  }, testInfo) => {
    const production = new ProductionPage(page, sandboxName(testInfo));
    await production.policyPut(request, { origin: { mode: 'any' }, credentials: true });
    await production.goto();
    await production.exportTo('django');
    await expect(production.differences).toContainText('What will differ in django-cors-headers');
    expect(Number(await production.differences.getAttribute('data-count'))).toBeGreaterThan(0);
    await expect(production.differenceItems.first()).toContainText("echoes the request's Origin");
    await expect(production.code).toContainText('CORS_ALLOW_ALL_ORIGINS');

    await production.exportTo('nginx');
    await expect(production.differences).toHaveAttribute('data-count', '0');
    await expect(production.differences).toContainText('Equivalent');
  });

  test('copies the code', async ({ page, request, context, browserName }, testInfo) => {
    const production = new ProductionPage(page, sandboxName(testInfo));
    await production.policyPut(request, { origin: { mode: 'list', allow: [shop] } });
    if (browserName === 'chromium') {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: testOrigins.app });
    }
    await production.goto();
    await expect(production.code).toContainText(shop);
    await production.copy.click();
    await expect(production.copyState).toHaveText('Copied');
    await expect(production.copy).toHaveAttribute('data-copied', 'true');
    if (browserName === 'chromium') {
      // Firefox gives pages no clipboard read permission to grant; the Copied state is its proof.
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(`origin: ['${shop}']`);
      expect(copied).toContain('app.use(cors(corsOptions));');
    }
  });
});

test.describe('to production: analyse a real response', () => {
  test('a response without Access-Control-Allow-Origin is blocked, with the Chromium message and a fix', async ({
    page,
  }, testInfo) => {
    const production = new ProductionPage(page, sandboxName(testInfo));
    await production.goto();
    await production.analyse(noCorsResponse, { url: api, origin: shop });
    await expect(production.verdict).toHaveAttribute('data-outcome', 'blocked');
    await expect(production.verdict).toContainText('blocked');
    await expect(production.consoleChromium).toContainText(
      `Access to fetch at '${api}' from origin '${shop}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
    );
    await expect(production.consoleFirefox).toContainText('Access-Control-Allow-Origin’ missing');
    await expect(production.steps.and(page.locator('[data-ok="false"]'))).toHaveCount(1);
    await expect(production.fix).toBeVisible();
    await expect(production.fixCode).toContainText(`origin: ['${shop}']`);
    await production.fixTarget.selectOption('nelmio');
    await expect(production.fixCode).toContainText('nelmio_cors');
  });

  test('a response that allows the origin is allowed', async ({ page }, testInfo) => {
    const production = new ProductionPage(page, sandboxName(testInfo));
    await production.goto();
    await production.analyse(goodResponse, { url: api, origin: shop });
    await expect(production.verdict).toHaveAttribute('data-outcome', 'allowed');
    await expect(production.verdict).toContainText('allowed');
    await expect(production.consoleChromium).toHaveCount(0);
    await expect(production.fix).toHaveCount(0);
    await expect(production.steps.and(page.locator('[data-ok="false"]'))).toHaveCount(0);
  });

  test('parse problems are shown, never a crash', async ({ page }, testInfo) => {
    test.slow();
    const production = new ProductionPage(page, sandboxName(testInfo));
    await production.goto();
    await production.analyse('<html>not curl output</html>', { url: api, origin: shop });
    await expect(production.curlError).toContainText('curl -i');
    await expect(production.verdict).toHaveCount(0);

    await textReplace(production.curlInput, 'HTTP/1.1 200 OK\nthis is not a header\n');
    await expect(production.curlError).toContainText('Not a header line');

    await textReplace(production.curlInput, 'HTTP/1.1 200 OK\nAccess-Control-Allow-Origin: *\n');
    await textReplace(production.curlOrigin, `${shop}/page`);
    await expect(page.getByTestId('curl-origin-error')).toContainText('Not an origin');
    await expect(production.verdict).toHaveCount(0);
    await textReplace(production.curlOrigin, shop);
    await expect(production.verdict).toHaveAttribute('data-outcome', 'allowed');
  });
});

test.describe('to production: accessibility', () => {
  test('the tabs work from the keyboard', async ({ page }, testInfo) => {
    const production = new ProductionPage(page, sandboxName(testInfo));
    await production.goto();
    await production.exportTab.focus();
    await page.keyboard.press('ArrowRight');
    await expect(production.analyseTab).toBeFocused();
    await expect(production.analyseTab).toHaveAttribute('aria-selected', 'true');
    await expect(production.curlInput).toBeVisible();
    await expect(production.code).toBeHidden();
    await page.keyboard.press('Home');
    await expect(production.exportTab).toHaveAttribute('aria-selected', 'true');
    await expect(production.code).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violations in either tab (${theme})`, async ({
      page,
    }, testInfo) => {
      // Two axe scans of a page that now holds the exposure map: Firefox on a busy 2-core CI needs more
      // than the default minute.
      test.slow();
      const production = new ProductionPage(page, sandboxName(testInfo));
      await production.goto();
      await page.getByTestId('theme').selectOption(theme);
      await expect(production.code).toContainText('cors');
      const panel = '[data-testid="production-panel"]';
      expect(await axeBlocking(page, panel)).toEqual([]);
      await production.paste(noCorsResponse);
      await expect(production.fixCode).toContainText(testOrigins.app);
      expect(await axeBlocking(page, panel)).toEqual([]);
    });
  }
});
