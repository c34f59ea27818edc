import { expect, test } from '@playwright/test';
import { challengeFind, challengeShowsNoTheft, type ChallengeStage } from '@cors-playground/engine';
import { ChallengesPage } from './pages/ChallengesPage.ts';
import { sandboxName } from './support/sandboxName.ts';
import { testOrigins } from './support/testOrigins.ts';

const challengeStage: ChallengeStage = testOrigins.stageTopology;

function fixedPolicy(id: string): unknown {
  const challenge = challengeFind(id);
  if (!challenge) throw new Error(`no challenge ${id}`);
  return challenge.fixedPolicy(challengeStage);
}

interface Scenario {
  id: string;
  /** The test's name when one challenge is played more than one way. Default: the id. */
  name?: string;
  login: string;
  /** The seat picker's label when the attack runs from somewhere else than the challenge's default. */
  seat?: string;
  /** What the collect log's prize entry shows once exploited. */
  prize: RegExp;
  /** Another report the exploit makes, showing what the browser kept home (no cookie cross-site). */
  also?: RegExp;
  /** What the engine predicts about the session cookie, shown before the run. */
  predicted?: RegExp;
  /** Safari's row when WebKit's cookie rules give another answer (measured in WebKitGTK). */
  predictedWebkit?: RegExp;
  /** A line of what the victim's API saw during the exploit. */
  serverSaw?: RegExp;
  /** After the fix, the victim's app shows `shows` when `button` is clicked. */
  victimAfterFix?: { button: string; shows: RegExp };
  /** Apply the fix by typing it in the policy editor, as a learner does. Default: through the control plane. */
  editor?: boolean;
}

const lax = 'Log in (cookie, SameSite=Lax)';
/** A look-alike or a sandboxed frame is cross-site: the session cookie stays home. */
const noCookie = /api-key: 401 .*Not logged in/;

const scenarios: Scenario[] = [
  {
    id: 'reflect-sibling',
    login: lax,
    prize: /sk_live_/,
    predicted: /Sent: victim_session/,
    serverSaw: /GET \/api-key from http:\/\/blog\.victim\.localhost:\d+, cookies: victim_session → 200/,
    editor: true,
  },
  {
    id: 'null-origin',
    login: 'Log in (cookie, SameSite=Lax)',
    seat: 'null: a sandboxed frame on evil.localhost',
    prize: /int_/,
    also: /api-key: 401 .*Not logged in/,
  },
  {
    id: 'null-origin',
    name: 'null-origin through a cross-origin redirect',
    login: lax,
    seat: 'null: a cross-origin redirect (evil.localhost → a look-alike → the API)',
    prize: /int_/,
    also: noCookie,
    serverSaw: /GET \/internal from null, no cookie → 200/,
  },
  {
    id: 'suffix-regex',
    login: 'Log in (cookie, SameSite=Lax)',
    prize: /int_/,
    also: /api-key: 401 .*Not logged in/,
  },
  { id: 'not-csrf', login: 'Log in (cookie, SameSite=Lax)', prize: /transfer sent/ },
  {
    id: 'cross-site',
    login: 'Log in (cookie, SameSite=None)',
    prize: /401 .*Not logged in/,
    predicted:
      /No cookie was sent: the page \(http:\/\/evil\.localhost:\d+\) is cross-site .* blocks third-party cookies/,
    predictedWebkit: /WebKit refuses a Secure cookie set over plain HTTP/,
    serverSaw: /GET \/api-key from http:\/\/evil\.localhost:\d+, no cookie → 401/,
  },
  { id: 'prefix-check', login: lax, prize: /int_/, also: noCookie },
  { id: 'unescaped-dot', login: lax, prize: /int_/, also: noCookie },
  { id: 'wildcard-sibling', login: 'Log in (cookie, SameSite=Strict)', prize: /sk_live_/ },
  { id: 'star-then-reflect', login: lax, prize: /sk_live_/ },
  { id: 'internal-star', login: lax, prize: /int_/ },
  { id: 'bearer-sibling', login: 'Log in (bearer token)', prize: /401 .*Not logged in/ },
  { id: 'token-mint', login: lax, prize: /sess_/ },
  { id: 'exposed-token', login: lax, prize: /x-refresh-token: sess_/ },
  {
    id: 'errors-without-cors',
    login: lax,
    prize: /sk_live_/,
    also: /no-such-route: TypeError/,
    serverSaw: /GET \/no-such-route from http:\/\/blog\.victim\.localhost:\d+, cookies: victim_session → 404/,
    victimAfterFix: { button: 'Send 5001 to Bob (over the limit)', shows: /422 .*Over the daily limit/ },
  },
];

// Three tabs, two runs and a policy edit per test: Firefox types key by key, and CI has 2 cores.
test.describe.configure({ timeout: 120_000 });

for (const scenario of scenarios) {
  const how = scenario.editor ? 'fixed in the editor' : 'fixed';
  test(`challenge ${scenario.name ?? scenario.id}: exploited, ${how}, blocked, and the app still works`, async ({
    page,
    request,
  }, testInfo) => {
    const ui = new ChallengesPage(page, sandboxName(testInfo));
    await ui.start(scenario.id);
    const victim = await ui.victimLogIn(scenario.login);
    const appWorks = ui.progressItem("The victim's app works");
    await expect(appWorks).toHaveAttribute(
      'data-done',
      challengeFind(scenario.id)?.startsBroken ? 'false' : 'true',
    );
    if (scenario.predicted) {
      await expect(ui.cookiePrediction.getByRole('definition')).toHaveText([
        scenario.predicted,
        scenario.predicted,
        scenario.predictedWebkit ?? scenario.predicted,
      ]);
    }

    expect(await ui.exploitRun(scenario.seat)).toBe('Exploit finished.');
    await expect(ui.exploitedItem).toHaveAttribute('data-done', 'true');
    await expect(ui.prizes.first()).toContainText(scenario.prize);
    const challenge = challengeFind(scenario.id);
    if (challenge && challengeShowsNoTheft(challenge)) {
      // Nothing was stolen: the answer is no prize, the state says demonstrated.
      await expect(ui.attemptState).toHaveText(/^Demonstrated/);
      await expect(ui.prizes.first()).not.toContainText('the prize');
    } else {
      await expect(ui.attemptState).toHaveText('Exploited');
    }
    if (scenario.also) await expect(ui.collected.filter({ hasText: scenario.also })).toHaveCount(1);
    if (scenario.serverSaw) await expect(ui.victimLog.filter({ hasText: scenario.serverSaw })).toHaveCount(1);

    if (scenario.editor) await ui.policyReplace(fixedPolicy(scenario.id));
    else await ui.policyPut(request, fixedPolicy(scenario.id));
    await expect(ui.blockedItem).toHaveAttribute('data-done', 'true');
    expect(await ui.exploitRun(scenario.seat)).toMatch(/^Exploit (blocked|finished)/);
    await expect(ui.attemptState).toHaveText('Fixed');
    await expect(appWorks).toHaveAttribute('data-done', 'true');
    await expect(ui.complete).toBeVisible();
    await ui.victimExpectWorks(victim);
    if (scenario.victimAfterFix) {
      await victim.getByRole('button', { name: scenario.victimAfterFix.button }).click();
      await expect(victim.getByRole('status', { name: 'Account' })).toHaveText(scenario.victimAfterFix.shows);
    }
  });
}

test('challenge preflight-cache: removing the origin is not enough while the browser keeps the preflight', async ({
  page,
  request,
  browserName,
}, testInfo) => {
  const ui = new ChallengesPage(page, sandboxName(testInfo));
  await ui.start('preflight-cache');
  const victim = await ui.victimLogIn(lax);
  const preflights = ui.victimLog.filter({ hasText: /^OPTIONS \/transfer/ });
  const posts = ui.victimLog.filter({ hasText: /^POST \/transfer from http:\/\/blog\./ });

  expect(await ui.exploitRun()).toBe('Exploit finished.');
  await expect(ui.exploitedItem).toHaveAttribute('data-done', 'true');
  await expect(ui.prizes.first()).toContainText('transfer sent, answer readable: 200');
  await expect(preflights).toHaveCount(1);

  // The obvious fix: the blog leaves the list. The browser still holds the blog's preflight.
  await ui.policyPut(request, {
    origin: { mode: 'list', allow: [challengeStage.victimApp] },
    credentials: true,
    maxAge: 86400,
  });
  expect(await ui.exploitRun()).toMatch(/^Exploit finished/);
  await expect(ui.prizes).toHaveCount(2);
  await expect(ui.prizes.first()).toContainText('answer unreadable');
  await expect(posts).toHaveCount(2);
  await expect(preflights).toHaveCount(1);
  // The browser moved money under the "fixed" policy: the attempt is exploited again.
  await expect(ui.blockedItem).toHaveAttribute('data-done', 'false');

  // The fix that holds: the API refuses the request itself. Chromium still uses the cached preflight
  // and sends the POST (refused: 403); Firefox dropped the entry when the last answer failed its CORS
  // check, so it asks again and the preflight is refused.
  await ui.policyPut(request, fixedPolicy('preflight-cache'));
  expect(await ui.exploitRun()).toMatch(/^Exploit finished/);
  if (browserName === 'chromium') {
    await expect(
      ui.victimLog.filter({ hasText: /^POST \/transfer from http:\/\/blog\..* → 403/ }),
    ).toHaveCount(1);
    await expect(preflights).toHaveCount(1);
  } else {
    await expect(preflights).toHaveCount(2);
    await expect(posts).toHaveCount(2);
  }
  await expect(ui.blockedItem).toHaveAttribute('data-done', 'true');
  await expect(ui.complete).toBeVisible();
  await ui.victimExpectWorks(victim);
});

test('challenge vary-cache: one visit shuts the app out through the CDN, a 304 keeps it so, a purge ends it', async ({
  page,
  request,
}, testInfo) => {
  const ui = new ChallengesPage(page, sandboxName(testInfo));
  await ui.start('vary-cache');
  const victim = await ui.victimLogIn(lax);
  const rates = async () => {
    await victim.getByRole('button', { name: 'Load the exchange rates (via the CDN)' }).click();
    return victim.getByRole('status', { name: 'Account' });
  };
  const cached = page.getByRole('list', { name: 'Cached answers' }).getByRole('listitem');

  expect(await ui.exploitRun()).toBe('Exploit finished.');
  await expect(ui.exploitedItem).toHaveAttribute('data-done', 'true');
  await expect(ui.prizes.first()).toContainText('rates unreadable here');
  await expect(cached).toHaveText([
    /stored for http:\/\/evil\.localhost:\d+.*none; served to every origin \(no Vary\)/,
  ]);
  await expect(await rates()).toHaveText(/The app is broken: TypeError/);
  await expect(ui.progressItem("The victim's app works")).toHaveAttribute('data-done', 'false');

  // The fix reaches the API, not the copy stored before it: neither waiting nor a 304 helps.
  await ui.policyPut(request, fixedPolicy('vary-cache'));
  expect(await ui.exploitRun()).toBe('Exploit finished.');
  await expect(ui.prizes).toHaveCount(2);
  await page.getByRole('button', { name: "Expire the CDN's copies (as if a minute passed)" }).click();
  await expect(await rates()).toHaveText(/The app is broken: TypeError/);
  await expect(
    ui.victimLog.filter({ hasText: /^GET \/rates via the CDN from http:\/\/app\..* → 304/ }),
  ).toHaveCount(1);
  // The policy is fixed (the replayed visit varies by Origin), but the stored copy still shuts the app out.
  await expect(ui.blockedItem).toHaveAttribute('data-done', 'true');
  await expect(ui.progressItem("The victim's app works")).toHaveAttribute('data-done', 'false');
  await expect(ui.complete).toBeHidden();

  await page.getByRole('button', { name: 'Purge the CDN' }).click();
  await expect(page.getByText('The CDN holds nothing.')).toBeVisible();
  expect(await ui.exploitRun()).toBe('Exploit finished.');
  await expect(cached).toHaveText([/stored for http:\/\/evil\..*served only for origin: http:\/\/evil\./]);
  await expect(await rates()).toHaveText(/rates via the CDN: 200 .*EUR/);
  await expect(ui.complete).toBeVisible();
});

test('the attack page is edited in its code editor, saved, and the edited script runs', async ({
  page,
}, testInfo) => {
  const ui = new ChallengesPage(page, sandboxName(testInfo));
  await ui.start('reflect-sibling');
  const editor = page.getByRole('textbox', { name: 'Attack page script' });
  await expect(editor).toContainText('api-key');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText("report('edited, API is ' + API);");
  await page.getByRole('button', { name: 'Save the attack page' }).click();
  expect(await ui.exploitRun()).toBe('Exploit finished.');
  await expect(ui.collected.first()).toContainText(/edited, API is http:\/\/api\.victim\.localhost:\d+\/s\//);
});
