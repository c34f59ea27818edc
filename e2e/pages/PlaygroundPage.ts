import { expect, type Locator, type Page } from '@playwright/test';
import { sectionOpen } from '../support/sectionOpen.ts';
import { testOrigins } from '../support/testOrigins.ts';

/** The playground app, driven through its data-testids. */
export class PlaygroundPage {
  readonly send: Locator;
  readonly sendResult: Locator;
  readonly sendOutcome: Locator;
  readonly sendBody: Locator;
  readonly allowAppOrigin: Locator;
  readonly policyState: Locator;
  readonly serverEvents: Locator;
  /** Rendered once a send's three views (JS, server, trace) are complete; `data-send` is its id. */
  readonly complete: Locator;

  constructor(
    readonly page: Page,
    readonly sandbox: string,
  ) {
    this.send = page.getByTestId('send');
    this.sendResult = page.getByTestId('send-result');
    this.sendOutcome = page.getByTestId('send-outcome');
    this.sendBody = page.getByTestId('send-body');
    this.allowAppOrigin = page.getByTestId('allow-app-origin');
    this.policyState = page.getByTestId('policy-state');
    this.serverEvents = page.getByTestId('server-event');
    this.complete = page.getByTestId('result-complete');
  }

  async goto(): Promise<void> {
    await this.page.goto(`${testOrigins.app}/?sandbox=${encodeURIComponent(this.sandbox)}`);
    await expect(this.send).toBeEnabled();
  }

  /** Opens the playground from the header navigation, as a person would (no reload). */
  async open(): Promise<void> {
    await sectionOpen(this.page, 'Playground');
    await expect(this.send).toBeEnabled();
  }

  /** Presses Send and waits until the whole result of this send (not a count of rows) is rendered. */
  async sendAndWait(): Promise<void> {
    // Send ids count 1, 2, 3… per tab: the last completed send's id gives the next one's.
    const last =
      (await this.complete.count()) > 0 ? Number(await this.complete.getAttribute('data-send')) : 0;
    await this.send.click();
    await expect(this.complete).toHaveAttribute('data-send', String(last + 1));
  }

  async setAppOriginAllowed(allowed: boolean): Promise<void> {
    // A controlled checkbox: it flips only once the server has applied the policy.
    if ((await this.allowAppOrigin.isChecked()) !== allowed) await this.allowAppOrigin.click();
    await expect(this.allowAppOrigin).toBeChecked({ checked: allowed });
    await expect(this.policyState).toHaveText('Applied');
  }
}
