import { expect, test } from '@playwright/test';
import { RequestPage } from './pages/RequestPage.ts';
import { SharedPolicyPage } from './pages/SharedPolicyPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

test('permalink round trip: the link restores the request, and the policy once the user applies it', async ({
  page,
  request,
}, testInfo) => {
  // Firefox types key by key, and the confirmation loads the engine and the audit: allow a busy machine.
  test.setTimeout(90_000);
  const ui = new RequestPage(page, sandboxName(testInfo));
  const shared = new SharedPolicyPage(page, ui.sandbox);
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

  // Someone changes everything; opening the link brings the request back and offers the policy.
  await ui.policyPut(request, { origin: { mode: 'any' } });
  const changed = await shared.livePolicy(request);
  await page.goto(link);
  await expect(shared.restored).toBeVisible();
  await expect(ui.method).toHaveValue('patch');
  await expect(ui.path).toHaveValue('/echo');
  await expect(page.getByTestId('request-header-value')).toHaveValue('permalink');
  await expect(page.getByTestId('request-body')).toHaveValue('hello');
  await expect(page.getByTestId('request-credentials')).toHaveValue('include');
  // The policy waits for a click, showing what it changes.
  await expect(shared.dialog).toBeVisible();
  await expect(shared.change('Who may read responses')).toContainText(
    `every website (Access-Control-Allow-Origin: *)only ${testOrigins.app}`,
  );
  await expect(shared.change('Preflight cache time (Access-Control-Max-Age)')).toContainText('77 s');
  await expect(shared.change('Response headers JavaScript may read')).toContainText('X-Request-Id');
  expect(await shared.livePolicy(request)).toEqual(changed);
  await shared.apply.click();
  await expect
    .poll(async () => {
      const live = (await (
        await request.get(`${testOrigins.app}/control/sandboxes/${ui.sandbox}/policy`)
      ).json()) as Record<string, unknown>;
      return [live.origin, live.maxAge, live.exposeHeaders];
    })
    .toEqual([policy.origin, 77, ['X-Request-Id']]);
  await expect(shared.restored).toHaveAttribute('data-policy', 'applied');
  // The hash is consumed: a reload keeps later edits.
  expect(page.url()).not.toContain('#p=');
});
