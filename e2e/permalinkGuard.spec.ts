import { expect, test, type Page } from '@playwright/test';
import {
  SharedPolicyPage,
  sharedPolicyHostile as hostile,
  sharedRequestPrivate,
} from './pages/SharedPolicyPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

/**
 * A permalink is attacker-controlled input: any website can open the app with one. The attack: a page on
 * another site opens a link whose policy reflects every origin with credentials, then reads /private
 * with the user's cookie. The link may fill in the request; only the user's click may change the server.
 */
/** From the attacker's cross-site page, navigates the whole tab to `url`, as a link or redirect does. */
async function attackerNavigates(page: Page, url: string): Promise<void> {
  await page.goto(`${testOrigins.evil}/`);
  await page.evaluate((target) => {
    window.location.href = target;
  }, url);
  await page.waitForURL(`${testOrigins.app}/**`);
}

test.describe('a permalink never changes the live policy by itself', () => {
  test('a hostile link from another site waits for Apply, with the diff and the audit warning', async ({
    page,
    request,
  }, testInfo) => {
    const shared = new SharedPolicyPage(page, sandboxName(testInfo));
    const before = await shared.livePolicy(request);
    await attackerNavigates(page, shared.link(hostile, sharedRequestPrivate));

    await expect(shared.dialog).toBeVisible({ timeout: 15_000 });
    await expect(shared.change('Who may read responses')).toContainText(
      'every website: whatever Origin arrives is echoed back',
    );
    await expect(shared.change('Who may read responses')).toContainText(`only ${testOrigins.app}`);
    // A new sandbox already allows credentials for the app: only the origin rule changes.
    await expect(shared.change('Credentials (cookies, HTTP auth)')).toHaveCount(0);
    await expect(shared.danger).toContainText('high-severity');
    await expect(
      shared.findings.filter({ hasText: 'Any origin is reflected, with credentials' }),
    ).toHaveAttribute('data-severity', 'high');
    // The request part is only a draft in the builder: prefilling it changes nothing on the server.
    await expect(page.getByLabel(/^Path on the API/)).toHaveValue('/private');
    await expect(shared.restored).toHaveAttribute('data-policy', 'shared');
    expect(await shared.livePolicy(request)).toEqual(before);

    await shared.apply.click();
    await expect.poll(() => shared.livePolicy(request)).toMatchObject(hostile);
    await expect(shared.dialog).toHaveCount(0);
    await expect(shared.restored).toHaveAttribute('data-policy', 'applied');
  });

  test('Discard leaves the live policy as it was', async ({ page, request }, testInfo) => {
    const shared = new SharedPolicyPage(page, sandboxName(testInfo));
    const before = await shared.livePolicy(request);
    await attackerNavigates(page, shared.link(hostile, sharedRequestPrivate));
    await expect(shared.dialog).toBeVisible({ timeout: 15_000 });
    await shared.discard.click();
    await expect(shared.dialog).toHaveCount(0);
    await expect(shared.restored).toHaveAttribute('data-policy', 'discarded');
    // Reloading does not bring the link back: its hash was consumed.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled();
    await expect(shared.dialog).toHaveCount(0);
    expect(await shared.livePolicy(request)).toEqual(before);
  });

  test('another site cannot frame the app, even with a permalink in the frame', async ({
    page,
    request,
  }, testInfo) => {
    const shared = new SharedPolicyPage(page, sandboxName(testInfo));
    const before = await shared.livePolicy(request);
    const appRequests: string[] = [];
    page.on('request', (sent) => {
      if (sent.url().startsWith(`${testOrigins.app}/`)) appRequests.push(sent.url());
    });
    await page.goto(`${testOrigins.evil}/`);
    const link = shared.link(hostile, sharedRequestPrivate);
    const frameDocument = page.waitForResponse((response) => response.url() === link.split('#')[0]);
    // The app in one frame, and a page that allows framing (the other site itself) as a control: once
    // both frames have loaded, whatever the app frame shows is final.
    await page.evaluate(
      ({ app, control }) =>
        Promise.all(
          [app, control].map(
            (src, i) =>
              new Promise<void>((resolve) => {
                const frame = document.createElement('iframe');
                frame.src = src;
                frame.title = i === 0 ? 'app' : 'control';
                frame.addEventListener('load', () => resolve(), { once: true });
                document.body.append(frame);
              }),
          ),
        ),
      { app: link, control: `${testOrigins.evil}/` },
    );
    const response = await frameDocument;
    expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');

    await expect(
      page.frameLocator('iframe[title=control]').getByRole('heading', { name: 'Other site' }),
    ).toBeVisible();
    const app = page.frameLocator('iframe[title=app]');
    await expect(app.getByRole('heading', { name: 'CORS Playground' })).toHaveCount(0);
    await expect(app.getByRole('button', { name: 'Send' })).toHaveCount(0);
    // The document was refused, so none of the app's scripts ran: no asset and no control-plane request.
    expect(appRequests).toEqual([link.split('#')[0]]);
    expect(await shared.livePolicy(request)).toEqual(before);
  });
});
