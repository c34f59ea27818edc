import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { testOrigins } from '../support/testOrigins.ts';
import { PolicyEditorPage } from './PolicyEditorPage.ts';

/** The security challenges page and the tabs it opens (the victim's app, the attack page), by role. */
export class ChallengesPage {
  readonly policy: PolicyEditorPage;
  readonly progress: Locator;
  readonly collected: Locator;
  /** Collect-log entries the server recognised as the challenge's prize. */
  readonly prizes: Locator;
  /** Shown once the server decided the attempt fixed and the victim's app works. */
  readonly complete: Locator;
  /** The attempt's state in words ("Started", "Exploited", "Demonstrated: …", "Fixed"). */
  readonly attemptState: Locator;
  /** Progress: the exploit seen from an attacker seat (exploited, or demonstrated). */
  readonly exploitedItem: Locator;
  /** Progress: the server's replay of that exploit against the live policy is blocked. */
  readonly blockedItem: Locator;
  /** The engine's per-browser prediction of whether the session cookie travels with the attack. */
  readonly cookiePrediction: Locator;
  /** What the victim's API received: method, path, origin, cookie names, status. */
  readonly victimLog: Locator;

  constructor(
    readonly page: Page,
    readonly sandbox: string,
  ) {
    this.policy = new PolicyEditorPage(page, sandbox);
    this.progress = page.getByRole('status', { name: 'Challenge progress' });
    this.collected = page.getByRole('list', { name: 'Collected' }).getByRole('listitem');
    this.prizes = this.collected.and(page.locator('[data-prize="true"]'));
    this.cookiePrediction = page.getByLabel('Cookie prediction');
    this.victimLog = page.getByRole('list', { name: 'Victim API requests' }).getByRole('listitem');
    this.complete = page.getByRole('alert').filter({ hasText: /^Fixed:/ });
    this.attemptState = page.getByTestId('attempt-state');
    this.exploitedItem = this.progressItem(/^. (Exploited|Demonstrated) from the attacker/);
    this.blockedItem = this.progressItem('The live policy blocks that exploit');
  }

  /** A challenge's own URL in this sandbox. */
  url(challengeId: string): string {
    return `${testOrigins.app}/challenges/${challengeId}?sandbox=${encodeURIComponent(this.sandbox)}`;
  }

  async start(challengeId: string): Promise<void> {
    await this.startAt(this.url(challengeId));
  }

  /** A challenge's entry in the list: its title and its attempt's state (`data-state`). */
  listEntry(challengeId: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Challenges' })
      .locator(`li[data-challenge="${challengeId}"]`);
  }

  /** Opens a challenge at `url` (a workshop names no sandbox: the participant's cookie does) and starts it. */
  async startAt(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('button', { name: 'Start: apply the vulnerable policy' }).click();
    await expect(this.page.getByRole('link', { name: 'Run the exploit (new tab)' })).toBeVisible();
  }

  /** Opens the victim's app, logs in with `login` (a link's name) and checks the app works. */
  async victimLogIn(login: string): Promise<Page> {
    const opened = this.page.waitForEvent('popup');
    await this.page.getByRole('link', { name: "Open the victim's app (new tab)" }).click();
    const victim = await opened;
    await victim.getByRole('link', { name: login }).click();
    await this.victimExpectWorks(victim);
    return victim;
  }

  /** The victim's own app reads the account with its session. */
  async victimExpectWorks(victim: Page): Promise<void> {
    await victim.getByRole('button', { name: 'Load my account' }).click();
    await expect(victim.getByRole('status', { name: 'Account' })).toContainText('alice@victim.example');
  }

  /** Picks the seat, opens the attack page and waits until it finished or was blocked. */
  async exploitRun(seat?: string): Promise<string> {
    if (seat) await this.page.getByLabel('Run the attack from').selectOption({ label: seat });
    const opened = this.page.waitForEvent('popup');
    await this.page.getByRole('link', { name: 'Run the exploit (new tab)' }).click();
    const attack = await opened;
    const frame = seat?.startsWith('null: a sandboxed frame') ? attack.frameLocator('iframe') : attack;
    const status = frame.getByRole('status', { name: 'Exploit status' });
    await expect(status).toHaveText(/Exploit (finished|blocked)/);
    const text = (await status.textContent()) ?? '';
    await attack.close();
    return text;
  }

  progressItem(label: string | RegExp): Locator {
    return this.progress.getByRole('listitem').filter({ hasText: label });
  }

  /**
   * Replaces the live policy through the control plane, as the CLI would: for tests about the challenge,
   * not the editor. The page learns the new verdict from the progress it polls.
   */
  async policyPut(request: APIRequestContext, policy: unknown): Promise<void> {
    const url = `${testOrigins.app}/control/sandboxes/${encodeURIComponent(this.sandbox)}/policy`;
    const response = await request.put(url, { data: policy });
    expect(response.status(), await response.text()).toBe(200);
  }

  /** Replaces the live policy through the editor's JSON view. */
  async policyReplace(policy: unknown): Promise<void> {
    await expect(this.policy.jsonInput).toBeVisible({ timeout: 15_000 });
    await this.policy.jsonReplace(JSON.stringify(policy, null, 2));
    await this.policy.expectApplied();
  }
}
