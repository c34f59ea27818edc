import type { PlaygroundConfig } from '@cors-playground/protocol';
import type { WebDriverSession } from './webDriverSession.ts';

/** The condition a send has finished: its result is complete and its verdict rendered. */
const sendComplete = `document.querySelector('[data-testid="result-complete"][data-send="' + args[0] + '"]')
  && document.querySelector('[data-testid="verdict"][data-send="' + args[0] + '"]')`;

/** The same challenge the Playwright suite plays first: a same-site blog reads the API key. */
const smokeChallenge = 'reflect-sibling';

/**
 * The smoke run's steps, each waiting on what the app shows. `log` gets one line per step passed.
 * Throws, naming the step, on the first thing WebKit does differently from what the app promises.
 */
export async function webkitSmokeSteps(
  session: WebDriverSession,
  config: PlaygroundConfig,
  sandbox: string,
  log: (step: string) => void,
): Promise<void> {
  const query = `?sandbox=${encodeURIComponent(sandbox)}`;
  await session.navigate(`${config.appOrigin}/${query}`);
  // The policy editor loads after the first paint: the live policy allows the app once it shows.
  await session.waitFor(`document.querySelector('[data-testid="send"]:not([disabled])')
    && document.querySelector('[data-testid="allow-app-origin"]')?.checked`);
  log('playground loaded');

  // Blocked: the policy no longer names the app.
  await session.click('[data-testid="allow-app-origin"]');
  await session.waitFor(`!document.querySelector('[data-testid="allow-app-origin"]').checked
    && document.querySelector('[data-testid="policy-state"]')?.textContent === 'Applied'`);
  await session.click('[data-testid="send"]');
  await session.waitFor(sendComplete, [1]);
  await smokeExpect(session, 'the blocked send', 1, false);
  // The app knows it runs in Safari's engine: its own console block and TypeError are marked as this browser's.
  const safari = await session.execute<{ marked: string; error: string; real: string }>(
    `const block = document.querySelector('[data-testid="console-webkit"]');
     return { marked: block?.dataset.thisBrowser ?? '', error: document.querySelector('[data-testid="console-webkit-error"]')?.textContent ?? '',
       real: document.querySelector('[data-testid="send-outcome"]')?.textContent ?? '' }`,
  );
  if (safari.marked !== 'true')
    throw new Error("the Safari (WebKit) console block is not marked as this browser's");
  if (!safari.error.includes('TypeError: Load failed') || !safari.real.includes('Load failed')) {
    throw new Error(`the app predicted "${safari.error}", WebKit's fetch said "${safari.real}"`);
  }
  log(`blocked: "${await session.text('[data-testid="verdict-headline"]')}", ${safari.error}`);

  // Fix it applies the fix to the live policy, then sends the same request again by itself.
  await session.click('[data-testid="fix-button"][data-safe="true"]:not([disabled])');
  await session.waitFor(sendComplete, [2]);
  await smokeExpect(session, 'the send after Fix it', 2, true);
  log(`Fix it, then allowed: "${await session.text('[data-testid="verdict-headline"]')}"`);

  // A challenge: start it, be the victim, run the exploit, then fix the victim API's policy.
  const challengePage = `${config.appOrigin}/challenges/${smokeChallenge}${query}`;
  await session.navigate(challengePage);
  await session.click(`//button[starts-with(normalize-space(.), 'Start')][not(@disabled)]`, 'xpath');
  await session.waitFor(`[...document.querySelectorAll('a')].some((a) => a.textContent === args[0])`, [
    'Run the exploit (new tab)',
  ]);
  const victimUrl = String(await session.property("Open the victim's app (new tab)", 'href', 'link text'));
  const exploitUrl = String(await session.property('Run the exploit (new tab)', 'href', 'link text'));
  await session.navigate(victimUrl);
  await session.click('Log in (cookie, SameSite=Lax)', 'link text');
  await session.click('#load');
  await session.waitFor(`document.getElementById('account')?.textContent.includes('alice@victim.example')`);
  log('victim logged in, the app reads the account');
  await session.navigate(exploitUrl);
  await session.waitFor(
    `/^Exploit (finished|blocked)/.test(document.getElementById('status')?.textContent ?? '')`,
  );
  const exploitStatus = await session.text('#status');
  await session.navigate(challengePage);
  await session.waitFor(
    `document.querySelector('[aria-label="Challenge progress"]')?.dataset.state === 'exploited'`,
  );
  // The cookie prediction for Safari's engine, against what the victim's API received in WebKit.
  const safariCookie = await session.text('[aria-label="Cookie prediction"] [data-browser="webkit"] dd');
  const evidence = await session.text('[data-testid="attempt-evidence"]');
  if (!safariCookie.includes('Sent: victim_session') || !evidence.includes('with the victim’s session')) {
    throw new Error(`Safari's cookie prediction "${safariCookie}", the API saw "${evidence}"`);
  }
  log(`exploit: "${exploitStatus}", the server saw it exploited with the session, as predicted for Safari`);
  // The policy editor and its presets load after the progress: the page is complete once they show
  // the live policy.
  await session.waitFor(`document.querySelector('[data-testid="preset-strict-single-origin"]')
    && document.querySelector('[data-testid="policy-preview"]')
    && document.querySelector('[data-testid="policy-state"]')?.textContent === 'Applied'`);
  await session.click('[data-testid="preset-strict-single-origin"]');
  // The policy editor and its presets load after the progress: the page is complete once they show
  // the live policy.
  await session.waitFor(`document.querySelector('[data-testid="preset-strict-single-origin"]')
    && document.querySelector('[data-testid="policy-preview"]')
    && document.querySelector('[data-testid="policy-state"]')?.textContent === 'Applied'`);
  const appliedNote = '[data-preset="strict-single-origin"] [data-testid="preset-applied"]';
  await session.waitFor(`document.querySelector(args[0])?.textContent.trim()`, [appliedNote]);
  const applied = await session.text(appliedNote);
  if (applied.startsWith('Not applied')) throw new Error(`the Strict preset: "${applied}"`);
  await session.waitFor(`document.querySelector('[aria-label="Challenge progress"]')?.dataset.state === 'fixed'
    && document.querySelector('.challenge-complete')`);
  log('Strict preset applied: the challenge is fixed and the victim app works');
  await session.navigate(exploitUrl);
  await session.waitFor(
    `/^Exploit (finished|blocked)/.test(document.getElementById('status')?.textContent ?? '')`,
  );
  const blocked = await session.text('#status');
  if (!blocked.startsWith('Exploit blocked')) throw new Error(`after the fix the exploit says "${blocked}"`);
  log(`exploit again: "${blocked}"`);
}

/** The send `id` got what the app promised: `ok` from the real fetch, and WebKit's model predicted it. */
async function smokeExpect(session: WebDriverSession, what: string, id: number, ok: boolean): Promise<void> {
  const seen = await session.execute<{
    ok: string;
    agree: string;
    browser: string;
    predicted: string;
    actual: string;
  }>(
    `const q = (s) => document.querySelector(s);
     return { ok: q('[data-testid="send-result"]')?.dataset.ok ?? '', agree: q('[data-testid="agreement"]')?.dataset.agree ?? '',
       browser: q('[data-testid="agreement"]')?.dataset.browser ?? '',
       predicted: q('[data-testid="agreement-predicted"]')?.textContent ?? '', actual: q('[data-testid="agreement-actual"]')?.textContent ?? '' }`,
  );
  if (seen.browser !== 'webkit')
    throw new Error(`${what} (#${id}): predicted for "${seen.browser}", not WebKit`);
  if (seen.ok !== String(ok)) throw new Error(`${what} (#${id}): data-ok is "${seen.ok}", expected ${ok}`);
  if (seen.agree !== 'true') {
    throw new Error(`${what} (#${id}): the engine predicted ${seen.predicted}, WebKit did ${seen.actual}`);
  }
}
