import { expect, test } from '@playwright/test';
import { RequestPage } from './pages/RequestPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

test('permalink round trip: the link restores the policy and the request', async ({
  page,
  request,
}, testInfo) => {
  const ui = new RequestPage(page, sandboxName(testInfo));
  await ui.goto();
  const policy = {
    origin: { mode: 'list', allow: [testOrigins.app] },
    maxAge: 77,
    exposeHeaders: ['X-Request-Id'],
  };
  await ui.policyPut(request, policy);
  await ui.fill({
    path: '/echo',
    method: 'patch',
    headers: [['X-Custom', 'permalink']],
    body: 'hello',
    credentials: 'include',
  });
  // The Copy link button reads the live policy from the app's cache: send once so it is fresh.
  await ui.sendAndComplete();
  await page.getByTestId('permalink-copy').click();
  const link = await page.getByTestId('permalink-url').inputValue();
  expect(link).toContain(`?sandbox=${ui.sandbox}#p=`);

  // Someone changes everything; opening the link brings both back.
  await ui.policyPut(request, { origin: { mode: 'any' } });
  await page.goto(link);
  await expect(page.getByTestId('permalink-restored')).toBeVisible();
  await expect(ui.method).toHaveValue('patch');
  await expect(ui.path).toHaveValue('/echo');
  await expect(page.getByTestId('request-header-value')).toHaveValue('permalink');
  await expect(page.getByTestId('request-body')).toHaveValue('hello');
  await expect(page.getByTestId('request-credentials')).toHaveValue('include');
  await expect
    .poll(async () => {
      const live = (await (
        await request.get(`${testOrigins.app}/control/sandboxes/${ui.sandbox}/policy`)
      ).json()) as Record<string, unknown>;
      return [live.origin, live.maxAge, live.exposeHeaders];
    })
    .toEqual([policy.origin, 77, ['X-Request-Id']]);
  // The hash is consumed: a reload keeps later edits.
  expect(page.url()).not.toContain('#p=');
});
