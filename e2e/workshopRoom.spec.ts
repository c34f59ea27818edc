import { expect, test, type Browser, type Locator } from '@playwright/test';
import { ChallengesPage } from './pages/ChallengesPage.ts';
import { WorkshopInstructorPage, WorkshopParticipantPage } from './pages/WorkshopPage.ts';
import { WorkshopServer, workshopBrowserLaunch } from './support/workshopServer.testkit.ts';
import { testOrigins } from './support/testOrigins.ts';

/**
 * The instructor's room on a laptop driving a projector: a full room (30 participants, every
 * challenge) fits the screen, follows progress by push, resets a participant's live policy, and shows
 * what one participant did. Its ports follow `E2E_APP_PORT` (16380…16393 by default, 1207 above the
 * app's, clear of workshop.spec's +107 and challengeProgress's +207); `E2E_WORKSHOP_ROOM_PORT` moves them alone.
 */
const host = 'room.workshop.test';
const portBase = Number(process.env.E2E_WORKSHOP_ROOM_PORT ?? testOrigins.appPort + 1207);
/** Set to write the screenshots of docs/workshop.md (Chromium only). */
const docsScreenshots = process.env.DOCS_SCREENSHOTS === '1';

test.describe.configure({ mode: 'serial' });

let server: WorkshopServer;
let browser: Browser;
let instructor: WorkshopInstructorPage;
let ada: WorkshopParticipantPage;
/** Every GET of the room snapshot the instructor's page made (not the room stream). */
const roomGets: number[] = [];
/** How many it made while opening (the login's exchange included). */
let roomGetsOpening = 0;

test.beforeAll(async ({ playwright, browserName, launchOptions, channel }, testInfo) => {
  test.setTimeout(180_000);
  // Chromium and Firefox may run this file at once: each gets its own ports.
  const base = portBase + (testInfo.project.name === 'firefox' ? 10 : 0);
  server = new WorkshopServer(host, { app: base, api: base + 1, other: base + 2, stage: base + 3 });
  await server.start();
  browser = await workshopBrowserLaunch(playwright[browserName], launchOptions, channel, host);
  for (let i = 1; i <= 29; i++) await server.join(`P${String(i).padStart(2, '0')}`);
  instructor = new WorkshopInstructorPage(await (await browser.newContext()).newPage());
  instructor.page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/control/workshop/instructor/room') roomGets.push(Date.now());
  });
  await instructor.page.setViewportSize({ width: 1440, height: 900 });
  await instructor.page.goto(server.instructorUrl);
  ada = new WorkshopParticipantPage(await (await browser.newContext()).newPage());
  await ada.page.setViewportSize({ width: 1024, height: 768 });
  await ada.join(server.joinUrl, 'Ada');
  await expect(instructor.row('Ada')).toBeVisible();
  await expect(instructor.live).toHaveText('● live');
  roomGetsOpening = roomGets.length;
});

test.afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

test('30 participants and every challenge fit a 1440 and a 1024 wide screen', async () => {
  // Columns: the names, one per challenge, last active.
  const challenges = (await instructor.table.locator('thead th').count()) - 2;
  expect(challenges).toBeGreaterThanOrEqual(16);
  await expect(instructor.table.getByRole('rowheader')).toHaveCount(31); // 30 and the room's tally
  await expect(instructor.page.locator('td[data-challenge]')).toHaveCount(31 * challenges);
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await instructor.page.setViewportSize(size);
    await expect.poll(() => instructor.horizontalOverflow()).toBeLessThanOrEqual(0);
    // Nothing is cut off either: the last challenge's column and the row actions are on screen.
    const right = async (locator: Locator) => {
      const box = await locator.boundingBox();
      return box ? box.x + box.width : Infinity;
    };
    await expect
      .poll(() => right(instructor.row('Ada').locator('td[data-challenge]').last()))
      .toBeLessThanOrEqual(size.width);
    await expect
      .poll(() => right(instructor.row('Ada').getByRole('button', { name: 'Reset Ada' })))
      .toBeLessThanOrEqual(size.width);
  }
});

test('a participant’s exploit reaches the room within a second, by push and not by polling', async () => {
  test.setTimeout(120_000);
  const challenge = new ChallengesPage(ada.page, '');
  await challenge.startAt(`${server.app}/challenges?challenge=reflect-sibling`);
  await challenge.victimLogIn('Log in (cookie, SameSite=Lax)');
  if (docsScreenshots && test.info().project.name === 'chromium') {
    await ada.page.screenshot({
      path: 'docs/workshop-challenge.png',
      clip: { x: 0, y: 0, width: 1024, height: 640 },
    });
  }
  expect(await challenge.exploitRun()).toBe('Exploit finished.');
  // The server counted the exploit before the attacker page could read the answer: from here the
  // room has at most a second to show it.
  await expect(instructor.cell('Ada', 'reflect-sibling')).toHaveText('exploited', { timeout: 1000 });
  await expect(instructor.tallyOf('reflect-sibling')).toContainText('1/30 exploited, 0 fixed');
  // The room was read when the page opened; everything since came down the stream. A 2 s poll
  // would have read it many times during the exploit above.
  expect(roomGetsOpening).toBeGreaterThanOrEqual(1);
  expect(roomGets).toHaveLength(roomGetsOpening);
  if (docsScreenshots && test.info().project.name === 'chromium') {
    await instructor.page.setViewportSize({ width: 1024, height: 768 });
    await instructor.tally.scrollIntoViewIfNeeded();
    await instructor.page.screenshot({ path: 'docs/workshop-room.png' });
  }
});

test('the instructor sees what a participant did, and a reset gives back the starting policy at once', async () => {
  test.setTimeout(120_000);
  await ada.page.goto(`${server.app}/`);
  // Ada's live policy is still the challenge's vulnerable one (reflect), where "Allow this app" means
  // nothing: the box is off and disabled.
  await expect(ada.allowAppOrigin).toBeDisabled();
  await expect(ada.allowAppOrigin).not.toBeChecked();
  await ada.send.click();
  await expect(ada.serverEvents).toHaveCount(1);

  await instructor.select('Ada');
  await expect(instructor.participant.getByTestId('workshop-participant-stuck')).toContainText('exploited');
  await expect(instructor.participant.getByTestId('workshop-participant-policy')).not.toContainText(
    server.app,
  );
  await expect(instructor.participant.getByTestId('policy-audit')).toBeVisible();
  await expect(instructor.participant.getByTestId('workshop-participant-requests')).toContainText(
    'GET /data',
  );

  await instructor.reset('Ada');
  await expect(instructor.cell('Ada', 'reflect-sibling')).toHaveText('not started');
  await expect(instructor.participant.getByTestId('workshop-participant-policy')).toContainText(server.app);
  // Ada's own page shows the starting policy without a reload: the reset closed her event stream, and
  // the page reads the policy again when it reconnects.
  await expect(ada.allowAppOrigin).toBeChecked({ timeout: 20_000 });
});

test('the projector view shows how to join and the room’s progress, in large type, without controls', async () => {
  await instructor.page.setViewportSize({ width: 1024, height: 768 });
  await instructor.page.getByRole('button', { name: 'Projector view' }).click();
  await expect(instructor.projector).toBeVisible();
  await expect(instructor.projector.getByRole('img', { name: `QR code of ${server.joinUrl}` })).toBeVisible();
  await expect(instructor.projector).toContainText(server.joinUrl);
  // At least 16 entries, waited for rather than counted once.
  await expect(instructor.projector.locator('li').nth(15)).toBeAttached();
  await expect(instructor.page.getByRole('button', { name: 'Reset everyone' })).toHaveCount(0);
  await expect(instructor.page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  const fontSize = await instructor.projector.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(20);
  if (docsScreenshots && test.info().project.name === 'chromium') {
    await instructor.page.screenshot({
      path: 'docs/workshop-projector.png',
      clip: { x: 0, y: 0, width: 1024, height: 600 },
    });
  }
  expect(await instructor.horizontalOverflow()).toBeLessThanOrEqual(0);
});

test('messages are dismissable and listed as sent; printed pages use words and print no button', async () => {
  test.setTimeout(120_000);
  await instructor.page.getByRole('button', { name: 'Projector view' }).click();
  await expect(instructor.projector).toHaveCount(0);
  await instructor.hint('Ada', 'Look at Vary');
  await expect(instructor.page.getByTestId('workshop-sent')).toContainText('Hint to Ada: Look at Vary');
  await expect(ada.messages).toContainText('Hint for you: Look at Vary', { timeout: 15_000 });
  await ada.messages.getByRole('button', { name: 'Dismiss: Look at Vary' }).click();
  await expect(ada.messages).not.toContainText('Look at Vary');
  await ada.page.reload();
  await expect(ada.messages).toContainText('you are Ada');
  await expect(ada.messages).not.toContainText('Look at Vary');

  const printed = ada.page;
  for (const path of ['/challenges/guide', '/workshop/sheet']) {
    await printed.goto(`${server.app}${path}`);
    const print = printed.getByRole('button', { name: 'Print' });
    await expect(print).toBeVisible();
    // The page's own style sheets hide the button in print (Firefox over WebDriver BiDi cannot emulate
    // print media, so the rule is read where the browser loaded it).
    await expect
      .poll(() =>
        print.evaluate((button) =>
          [...document.styleSheets].some((sheet) =>
            [...sheet.cssRules].some(
              (rule) =>
                rule instanceof CSSMediaRule &&
                rule.media.mediaText === 'print' &&
                [...rule.cssRules].some(
                  (inner) =>
                    inner instanceof CSSStyleRule &&
                    button.matches(inner.selectorText) &&
                    inner.style.display === 'none',
                ),
            ),
          ),
        ),
      )
      .toBe(true);
  }
  await printed.goto(`${server.app}/challenges/guide`);
  await expect(
    printed.getByText(/Victim's session: a session cookie with SameSite=Lax\./).first(),
  ).toBeVisible();
  await expect(printed.locator('main')).not.toContainText('cookie-lax');
  await expect(printed.locator('main')).not.toContainText('Solved when: apiKey');
});

test('once the workshop has ended, the join page says so before anyone types a name', async () => {
  instructor.page.once('dialog', (dialog) => void dialog.accept());
  await instructor.page.getByRole('button', { name: 'End the workshop' }).click();
  await expect(instructor.page.getByText('This workshop has ended.')).toBeVisible();
  const late = await (await browser.newContext()).newPage();
  await late.goto(server.joinUrl);
  await expect(late.getByTestId('workshop-join-ended')).toContainText('This workshop has ended');
  await expect(late.getByLabel('Your name, as the instructor will see it')).toBeHidden();
  await late.context().close();
});
