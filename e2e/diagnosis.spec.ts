import { expect, test } from '@playwright/test';
import { DiagnosisPage } from './pages/DiagnosisPage.ts';
import { axeBlocking } from './support/axeBlocking.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

/**
 * The learner reproduces a shape whose fix lies outside the CORS allow-lists with the lab API, and the
 * Playground says who must act, why, and what to do in each framework: the same diagnosis as `cors check`.
 */
const allowApp = { origin: { mode: 'list', allow: [testOrigins.app] } };

test.describe('diagnosis: the right party, the right layer', () => {
  test('the error route drops its CORS headers: an error page rendered outside the middleware', async ({
    page,
    request,
  }, testInfo) => {
    const ui = new DiagnosisPage(page, sandboxName(testInfo));
    await ui.reproduce(request, { ...allowApp, corsOnErrors: false }, { path: '/status/500' });

    const shape = ui.diagnosis('error-without-cors');
    await expect(shape).toHaveAttribute('data-party', 'framework');
    await expect(shape.getByTestId('diagnosis-party')).toHaveText('Another server layer');
    await expect(shape.getByTestId('diagnosis-cause')).toContainText('status 500');
    await expect(shape.getByTestId('diagnosis-remedy')).toContainText(
      'Make the CORS layer wrap every response',
    );
    await expect(await ui.frameworkRemedy('error-without-cors', 'django')).toContainText(
      "'corsheaders.middleware.CorsMiddleware' first",
    );
    await expect(ui.verdictFix).toHaveAttribute('data-diagnosis', 'error-without-cors');
    // The policy switch that would also do it stays on offer, below the diagnosis.
    await expect(ui.fixElsewhere).toBeVisible();
    await expect(ui.fixButtons.first()).toHaveAttribute('data-fix', 'cors-on-errors');
    expect(await axeBlocking(page, '[data-testid="diagnosis-list"]')).toEqual([]);
  });

  test('the preflight is answered 401: authentication runs before CORS', async ({
    page,
    request,
  }, testInfo) => {
    const ui = new DiagnosisPage(page, sandboxName(testInfo));
    await ui.reproduce(
      request,
      { ...allowApp, preflight: { status: 401 } },
      { path: '/data', method: 'PUT' },
    );

    const shape = ui.diagnosis('preflight-auth');
    await expect(shape).toHaveAttribute('data-party', 'framework');
    await expect(shape.getByTestId('diagnosis-cause')).toContainText('The preflight (OPTIONS) got 401');
    await expect(await ui.frameworkRemedy('preflight-auth', 'spring')).toContainText('http.cors(');
    await expect(ui.verdictFix).toHaveAttribute('data-diagnosis', 'preflight-auth');
    await expect(ui.verdictFix).toContainText('Authentication answers the preflight with 401');
  });

  test("a lowercase 'patch' is the page's to fix, not the server's", async ({ page, request }, testInfo) => {
    const ui = new DiagnosisPage(page, sandboxName(testInfo));
    await ui.reproduce(request, allowApp, { path: '/data', method: 'patch' });
    const shape = ui.diagnosis('method-case');
    await expect(shape).toHaveAttribute('data-party', 'page');
    await expect(shape.getByTestId('diagnosis-party')).toHaveText('Your page');
    await expect(ui.verdictFix).toContainText("Write method: 'PATCH'");
  });

  test('the preflight meets a redirect: the URL is what is wrong, not the headers', async ({
    page,
    request,
  }, testInfo) => {
    const ui = new DiagnosisPage(page, sandboxName(testInfo));
    const target = `/s/${ui.sandbox}/redirect/`;
    await ui.reproduce(
      request,
      { ...allowApp, preflight: { status: 204, continue: true } },
      { path: `/redirect?to=${encodeURIComponent(target)}&status=301`, method: 'DELETE' },
    );
    const shape = ui.diagnosis('preflight-redirect');
    await expect(shape).toHaveAttribute('data-party', 'page');
    await expect(shape.getByTestId('diagnosis-cause')).toContainText('The preflight got 301');
    await expect(ui.verdictFix).toContainText(`Call ${testOrigins.api}${target} directly`);
  });

  test('a fix that opens the API to every site carries its audit', async ({ page, request }, testInfo) => {
    const ui = new DiagnosisPage(page, sandboxName(testInfo));
    await ui.reproduce(
      request,
      { origin: { mode: 'list', allow: [] } },
      { path: '/data', credentials: 'include' },
    );
    const reflect = ui.fix('origin-reflect+credentials-enable');
    await expect(reflect.getByTestId('fix-button')).toHaveAttribute('data-safe', 'false');
    await expect(
      reflect.locator('[data-testid="fix-audit-finding"][data-id="origin.reflect-credentials"]'),
    ).toHaveAttribute('data-severity', 'high');
    // The safe fix (list this origin) opens nothing: it carries no finding.
    await expect(ui.fix('origin-add+credentials-enable').getByTestId('fix-audit')).toHaveCount(0);
  });
});
