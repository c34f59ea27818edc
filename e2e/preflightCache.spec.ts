import { expect, test } from '@playwright/test';
import { RequestPage } from './pages/RequestPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

test('a cached preflight hides a tightened policy; the UI explains it and bypasses it', async ({
  page,
  request,
}, testInfo) => {
  const ui = new RequestPage(page, sandboxName(testInfo));
  await ui.goto();
  await ui.policyPut(request, { origin: { mode: 'list', allow: [testOrigins.app] }, maxAge: 600 });
  await ui.fill({ path: '/echo', method: 'PUT', headers: [['X-Custom', '1']] });
  await ui.sendAndComplete();
  await expect(ui.jsResult).toHaveAttribute('data-ok', 'true');
  await expect(ui.serverEvents).toHaveCount(2);
  await expect(ui.preflightCacheNote).toHaveCount(0);

  // Tighten: X-Custom is no longer allowed. The browser does not ask again while its cache entry lives.
  await ui.policyPut(request, {
    origin: { mode: 'list', allow: [testOrigins.app] },
    maxAge: 600,
    allowHeaders: { mode: 'list', values: [] },
  });
  await ui.sendAndComplete();
  await expect(ui.jsResult).toHaveAttribute('data-ok', 'true');
  await expect(ui.serverEvents).toHaveCount(1);
  await expect(ui.serverEvents.first()).toHaveAttribute('data-kind', 'actual');
  await expect(ui.preflightCacheNote).toBeVisible();
  const remaining = Number(
    await page.getByTestId('preflight-cache-remaining').getAttribute('data-remaining'),
  );
  expect(remaining).toBeGreaterThan(500);
  expect(remaining).toBeLessThanOrEqual(600);
  await expect(page.getByTestId('preflight-cache-uncached')).toContainText('fail');
  await expect(ui.agreement).toHaveAttribute('data-agree', 'true');

  // One click: a never-seen URL has no cache entry, so the browser preflights against the live policy.
  const next = (await ui.lastSend()) + 1;
  await page.getByTestId('preflight-bypass').click();
  await ui.expectSent(next);
  await expect(ui.jsResult).toHaveAttribute('data-ok', 'false');
  await expect(ui.serverEvents).toHaveCount(1);
  await expect(ui.serverEvents.first()).toHaveAttribute('data-kind', 'preflight');
  await expect(ui.agreement).toHaveAttribute('data-agree', 'true');
});
