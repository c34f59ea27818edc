import { expect, test, type Browser } from '@playwright/test';
import { ChallengesPage } from './pages/ChallengesPage.ts';
import { WorkshopInstructorPage, WorkshopParticipantPage } from './pages/WorkshopPage.ts';
import { axeBlocking } from './support/axeBlocking.ts';
import { WorkshopServer, workshopBrowserLaunch } from './support/workshopServer.testkit.ts';
import { testOrigins } from './support/testOrigins.ts';

/**
 * A workshop as a room runs it: participants on LAN-style host names (here mapped to loopback in each
 * browser, as a wildcard DNS name would be), an instructor watching, and a server restart mid-session.
 */
const host = 'class.workshop.test';

test.describe.configure({ mode: 'serial' });

let server: WorkshopServer;
let browser: Browser;
/** The instructor's page of the first test, logged in: it mints login links for the later ones. */
let instructorOpen: WorkshopInstructorPage | undefined;

test.beforeAll(async ({ playwright, browserName, launchOptions, channel }, testInfo) => {
  // Chromium and Firefox may run this file at once: each gets its own ports, beside the run's own
  // (E2E_APP_PORT moves them too, so two runs on one machine do not collide).
  const base = (testInfo.project.name === 'firefox' ? 10 : 0) + testOrigins.appPort + 107;
  server = new WorkshopServer(host, {
    app: base,
    api: base - 1200,
    other: base + 1,
    stage: base + 2,
  });
  await server.start();
  browser = await workshopBrowserLaunch(playwright[browserName], launchOptions, channel, host);
});

test.afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

test('two participants work apart, the instructor sees both live, and a restart keeps everyone', async () => {
  // Three browser contexts and a server restart: more than one ordinary test's work.
  test.setTimeout(240_000);
  const ada = new WorkshopParticipantPage(await (await browser.newContext()).newPage());
  const bob = new WorkshopParticipantPage(await (await browser.newContext()).newPage());
  const instructor = new WorkshopInstructorPage(await (await browser.newContext()).newPage());

  instructorOpen = instructor;
  await instructor.page.goto(server.instructorUrl);
  await expect(instructor.page.getByText('Nobody has joined yet.')).toBeVisible();
  // The secret leaves the address bar once exchanged for the instructor's cookie.
  await expect(instructor.page).toHaveURL(`${server.app}/workshop/instructor`);
  // The copy in the browser's history is spent: another browser opening it is refused.
  const replay = await (await browser.newContext()).newPage();
  await replay.goto(server.instructorUrl);
  await expect(replay.getByRole('alert')).toContainText('each works once');
  await replay.context().close();

  await ada.join(server.joinUrl, 'Ada');
  await bob.join(server.joinUrl, 'Bob');
  await expect(instructor.row('Ada')).toBeVisible();
  await expect(instructor.row('Bob')).toBeVisible();

  // Ada's policy edit and Ada's request stay in Ada's sandbox.
  await ada.allowAppOrigin.click();
  await expect(ada.allowAppOrigin).not.toBeChecked();
  await expect(ada.policyState).toHaveText('Applied');
  await ada.send.click();
  await expect(ada.serverEvents).toHaveCount(1);
  await bob.page.reload();
  await expect(bob.allowAppOrigin).toBeChecked();
  await expect(bob.serverEvents).toHaveCount(0);

  // A hint reaches Bob alone.
  await instructor.hint('Bob', 'Look at Access-Control-Allow-Origin');
  await expect(bob.messages).toContainText('Hint for you: Look at Access-Control-Allow-Origin');
  await expect(ada.messages).not.toContainText('Look at Access-Control-Allow-Origin');

  // Ada exploits a challenge, then fixes it: the instructor's table follows, without a reload.
  const challenge = new ChallengesPage(ada.page, '');
  await challenge.startAt(`${server.app}/challenges?challenge=reflect-sibling`);
  // The stage links carry the run's token, never Ada's sandbox id (which is no secret).
  // The workshop's host name resolves in the browser only: ask from the page, with Ada's cookie.
  const adaSandbox = await ada.page.evaluate(
    async () => ((await (await fetch('/control/workshop/me')).json()) as { sandbox: string }).sandbox,
  );
  for (const name of ["Open the victim's app (new tab)", 'Run the exploit (new tab)']) {
    const href = (await ada.page.getByRole('link', { name }).getAttribute('href')) ?? '';
    expect(href).toMatch(/\/s\/[A-Za-z0-9_-]{32}\//);
    expect(href).not.toContain(adaSandbox);
  }
  expect(await ada.page.getByRole('link', { name: /Instructor.s guide/ }).getAttribute('href')).toBe(
    '/challenges/guide',
  );
  await challenge.victimLogIn('Log in (cookie, SameSite=Lax)');
  expect(await challenge.exploitRun()).toBe('Exploit finished.');
  const cell = instructor.cell('Ada', 'reflect-sibling');
  await expect(cell).toHaveText('exploited');
  await challenge.policyReplace({
    origin: { mode: 'list', allow: [`http://app.victim.localhost:${server.ports.stage}`] },
    credentials: true,
  });
  expect(await challenge.exploitRun()).toMatch(/^Exploit (blocked|finished)/);
  await expect(cell).toHaveText('fixed');
  await expect(instructor.cell('Bob', 'reflect-sibling')).toHaveText('not started');

  // The server stops (as after Ctrl+C) and starts again on the same state file.
  await server.stop();
  await server.start();
  await ada.page.goto(`${server.app}/`);
  await expect(ada.messages).toContainText('you are Ada');
  // A copied link names no sandbox: whoever opens it works in their own.
  await ada.page.getByTestId('permalink-copy').click();
  const link = await ada.page.getByTestId('permalink-url').inputValue();
  expect(link).toMatch(/#p=/);
  expect(link).not.toContain('sandbox=');
  expect(link).not.toContain(adaSandbox);
  // Her live policy came back: the challenge's fix, which allows the victim's app, not the playground.
  await expect(ada.allowAppOrigin).not.toBeChecked();
  await bob.page.reload();
  await expect(bob.allowAppOrigin).toBeChecked();
  await instructor.page.reload();
  await expect(instructor.cell('Ada', 'reflect-sibling')).toHaveText('fixed');
  await expect(instructor.row('Bob')).toBeVisible();
});

test('the instructor removes a participant: the seat frees up and their browser is logged out', async () => {
  test.setTimeout(120_000);
  const instructor = instructorOpen;
  if (!instructor) throw new Error('the first test opened no instructor page');
  const eve = new WorkshopParticipantPage(await (await browser.newContext()).newPage());
  await eve.join(server.joinUrl, 'Eve');
  await expect(instructor.row('Eve')).toBeVisible();
  await instructor.remove('Eve');
  await eve.page.reload();
  await expect(eve.nameField).toBeVisible();
  // A new login link works once, in another browser of the instructor's.
  const link = await instructor.loginLink();
  const phone = new WorkshopInstructorPage(await (await browser.newContext()).newPage());
  await phone.page.goto(link);
  await expect(phone.row('Ada')).toBeVisible();
  await expect(phone.row('Eve')).toHaveCount(0);
  await phone.page.context().close();
});

test('a page on another site cannot read or change a participant’s sandbox', async () => {
  const context = await browser.newContext();
  const participant = new WorkshopParticipantPage(await context.newPage());
  await participant.join(server.joinUrl, 'Cy');
  // The same browser, logged in as Cy, visits a hostile page on another origin.
  const hostile = await context.newPage();
  await hostile.goto(`http://evil.localhost:${server.ports.other}/`);
  const outcomes = await hostile.evaluate(async (app) => {
    const attempt = async (path: string, init: RequestInit) => {
      try {
        const response = await fetch(`${app}${path}`, { credentials: 'include', ...init });
        return `${response.status}`;
      } catch {
        return 'blocked';
      }
    };
    return [
      await attempt('/control/workshop/me', {}),
      await attempt('/control/workshop/me', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"x"}',
      }),
      await attempt('/control/policy', { mode: 'no-cors' }),
    ];
  }, server.app);
  // Unreadable (CORS), refused by the preflight, or an opaque answer to a request the guard refused.
  expect(outcomes.slice(0, 2)).toEqual(['blocked', 'blocked']);
  expect(outcomes[2]).toBe('0');
  await expect(participant.messages).toContainText('you are Cy');
  await participant.page.reload();
  await expect(participant.messages).toContainText('you are Cy');
});

test('the join page, the instructor’s room and the participant sheet pass axe in both themes', async () => {
  // Six axe scans; each takes seconds in Firefox.
  test.setTimeout(180_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    const participant = await (await browser.newContext({ colorScheme })).newPage();
    await participant.goto(server.joinUrl);
    await expect(participant.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
    expect(await axeBlocking(participant), `join, ${colorScheme}`).toEqual([]);
    await participant.goto(`${server.app}/workshop/sheet`);
    await expect(participant.getByRole('heading', { name: /participant sheet/ })).toBeVisible();
    expect(await axeBlocking(participant), `sheet, ${colorScheme}`).toEqual([]);

    const link = await instructorOpen?.loginLink();
    const instructor = new WorkshopInstructorPage(
      await (await browser.newContext({ colorScheme })).newPage(),
    );
    await instructor.page.goto(link ?? server.instructorUrl);
    await expect(instructor.row('Ada')).toBeVisible();
    expect(await axeBlocking(instructor.page), `instructor, ${colorScheme}`).toEqual([]);
  }
});
