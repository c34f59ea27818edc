import { expect, test } from '@playwright/test';
import { challengeList } from '@cors-playground/engine';
import { PlaygroundPage } from './pages/PlaygroundPage.ts';
import { ProductionPage } from './pages/ProductionPage.ts';
import { RequestPage } from './pages/RequestPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

/**
 * Every engine the app models (Chromium, Firefox, Safari's WebKit) gets its own console lines and
 * TypeError wherever the app shows them, and the engine running the page is the one it predicts for.
 * (WebKit itself drives the app in e2e/webkit/webkitAppSmoke.ts: Playwright cannot drive WebKitGTK.)
 */
test.describe('per engine: Chromium, Firefox and Safari (WebKit)', () => {
  test("a blocked send: each engine's console and TypeError, this browser's marked and predicted", async ({
    page,
    browserName,
  }, testInfo) => {
    const sandbox = sandboxName(testInfo);
    const ui = new RequestPage(page, sandbox);
    await ui.goto();
    // Blocked the way a learner does it: the policy stops naming this app.
    await new PlaygroundPage(page, sandbox).setAppOriginAllowed(false);
    await ui.sendAndComplete();
    await expect(ui.jsResult).toHaveAttribute('data-ok', 'false');
    // The badge compares the real fetch with the model of the engine running this page.
    await expect(ui.agreement).toHaveAttribute('data-browser', browserName);
    await expect(ui.agreement).toHaveAttribute('data-agree', 'true');
    await expect(page.locator('[data-this-browser="true"]')).toHaveAttribute(
      'data-testid',
      `console-${browserName}`,
    );
    const safari = page.getByTestId('console-webkit');
    await expect(safari.getByRole('heading')).toHaveText('Safari (WebKit) console');
    await expect(safari).toContainText(
      `Origin ${testOrigins.app} is not allowed by Access-Control-Allow-Origin. Status code: 200`,
    );
    await expect(safari).toContainText('due to access control checks.');
    await expect(page.getByTestId('console-webkit-error')).toHaveText(
      'JavaScript gets TypeError: Load failed',
    );
    await expect(page.getByTestId('console-chromium-error')).toHaveText(
      'JavaScript gets TypeError: Failed to fetch',
    );
    await expect(page.getByTestId('console-firefox-error')).toHaveText(
      'JavaScript gets TypeError: NetworkError when attempting to fetch resource.',
    );
  });

  test("the curl analysis answers for Safari when asked, with WebKit's console", async ({
    page,
  }, testInfo) => {
    const production = new ProductionPage(page, sandboxName(testInfo));
    await production.goto();
    const api = 'https://api.example/data';
    await production.analyse('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"a":1}\n', {
      url: api,
      origin: 'https://shop.example',
    });
    await page.getByTestId('curl-browser').selectOption('webkit');
    await expect(production.verdict).toContainText('In Safari (WebKit), this request is blocked');
    const safari = page.getByTestId('curl-console-webkit');
    await expect(safari).toHaveAttribute('data-this-browser', 'true');
    await expect(safari.getByRole('heading')).toHaveText('Safari (WebKit) console (the browser chosen)');
    await expect(safari).toContainText(
      'Origin https://shop.example is not allowed by Access-Control-Allow-Origin.',
    );
    await expect(page.getByTestId('curl-console-webkit-error')).toContainText('TypeError: Load failed');
  });

  test("the instructor's guide says what Safari's engine did in every challenge, measured", async ({
    page,
  }) => {
    await page.goto(`${testOrigins.app}/challenges/guide`);
    const safari = page.locator('.challenge-guide-entry [data-browser="webkit"]');
    await expect(safari).toHaveCount(challengeList.length);
    for (const row of await safari.all()) {
      await expect(row.getByRole('term')).toHaveText('Safari (WebKit)');
      await expect(row.getByRole('definition')).toContainText('Measured in WebKitGTK');
    }
    const errors = challengeList.find((challenge) => challenge.id === 'errors-without-cors');
    await expect(page.getByText(errors?.expected.webkit ?? '(none)')).toContainText('TypeError: Load failed');
  });
});
