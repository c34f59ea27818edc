import { expect, test } from '@playwright/test';
import { LearnPage } from './pages/LearnPage.ts';
import { NewcomerPage } from './pages/NewcomerPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

const allowContentTypeOnly = {
  origin: { mode: 'list', allow: [testOrigins.app] },
  allowHeaders: { mode: 'list', values: ['Content-Type'] },
};

// How a verdict, the sequence diagram, the server log and the presets render is checked in the component
// layer (ResultPanel, ServerEvents, PolicyEditor .browser.test.tsx); these sends cross to the lab API.
test.describe('a newcomer sees the answer to Send', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    test(`at ${viewport.width}×${viewport.height} a failing send's verdict and cause are in view and focused`, async ({
      page,
      request,
    }, testInfo) => {
      await page.setViewportSize(viewport);
      const app = new NewcomerPage(page, sandboxName(testInfo));
      await app.policyPut(request, allowContentTypeOnly);
      await app.goto();
      await expect(app.send).toBeInViewport({ ratio: 1 });
      await app.methodSet('PUT');
      await page.getByRole('button', { name: 'Authorization: Bearer token-123' }).click();
      await app.send.click();
      await expect(app.verdictHeadline).toBeFocused();
      await expect(app.verdictHeadline).toContainText('Blocked');
      await expect(app.verdictCause).toContainText('does not allow the request header authorization');
      await expect(app.verdictServerSent).toContainText(/Access-Control-Allow-Headers: Content-Type/i);
      await expect(page.getByTestId('verdict-fix')).toContainText('authorization');
      await expect(app.announcer).toContainText('Blocked');
      await expect.poll(() => app.fullyInView(app.verdict)).toBe(true);
      // Nothing is cut or scrolls sideways.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
        .toBeLessThanOrEqual(0);
    });
  }

  test('Enter in the path field sends', async ({ page, request }, testInfo) => {
    const app = new NewcomerPage(page, sandboxName(testInfo));
    await app.policyPut(request, { origin: { mode: 'list', allow: [testOrigins.app] } });
    await app.goto();
    await expect(app.send).toBeEnabled();
    await app.path.press('Enter');
    await expect(app.verdictHeadline).toContainText('Allowed: your script read the 200 response');
    await expect(app.verdictHeadline).toBeFocused();
  });
});

test.describe('traps that taught the wrong thing', () => {
  test('/login then /private without credentials include: a 401 is not a success, and the cookie is explained', async ({
    page,
    request,
  }, testInfo) => {
    const app = new NewcomerPage(page, sandboxName(testInfo));
    await app.policyPut(request, { origin: { mode: 'list', allow: [testOrigins.app] }, credentials: true });
    await app.goto();
    await app.pathSet('/login');
    await app.sendAndSettle();
    await expect(app.verdict).toContainText('The server sent Set-Cookie, but the browser ignored it');
    await app.pathSet('/private');
    await app.sendAndSettle();
    await expect(app.verdictHeadline).toContainText('401');
    await expect(app.verdictHeadline).not.toContainText('Allowed');
    await expect(app.verdict).toHaveAttribute('data-tone', 'warn');
    await expect(app.outcome).not.toContainText('Succeeded');
    await expect(app.verdict).toContainText("No cookie was sent: with credentials: 'same-origin'");
  });
});

test.describe('routes', () => {
  test('Learn and Check my server have their own URLs, reachable from the top and after a reload', async ({
    page,
  }, testInfo) => {
    const app = new NewcomerPage(page, sandboxName(testInfo));
    await app.goto();
    await app.nav.getByRole('link', { name: 'Check my server' }).click();
    await expect(page).toHaveURL(/\/check\?sandbox=/);
    await expect(page.getByRole('heading', { name: 'Check my server' })).toBeVisible();
    await expect(page.getByTestId('check-cli')).toContainText('cors check');
    await app.nav.getByRole('link', { name: 'Learn CORS' }).click();
    await expect(page).toHaveURL(/\/learn\?sandbox=/);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'The Same-Origin Policy' })).toBeVisible();
  });

  test('a Learn step is completed by doing it, and the progress survives a reload', async ({
    page,
  }, testInfo) => {
    const learn = new LearnPage(page, sandboxName(testInfo));
    await learn.goto('allow-origin');
    await expect(learn.step.getByRole('heading', { name: 'Access-Control-Allow-Origin' })).toBeVisible();
    await learn.tryIt.click();
    await expect(learn.send).toBeFocused();
    await learn.send.click();
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-tone', 'bad');
    await expect(learn.answer).not.toContainText('Done');
    const allow = page.getByLabel(new RegExp(`Allow ${testOrigins.app.replace(/[.:/]/g, '.')}`));
    await allow.click();
    await expect(allow).toBeChecked();
    // Send only once the server applied the change, or the send may still meet the old policy.
    await expect(page.getByTestId('policy-state')).toHaveText('Applied');
    await learn.send.click();
    await expect(learn.answer).toContainText('Done');
    await page.reload();
    await expect(learn.progress).toContainText('1 of 9 steps done');
    await expect(learn.path.getByRole('link', { name: /Access-Control-Allow-Origin/ })).toContainText('✓');
  });
});
