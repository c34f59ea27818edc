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

  async sendAndWait(): Promise<void> {
    const before = (await this.sendResult.count())
      ? Number(await this.sendResult.getAttribute('data-count'))
      : 0;
    await this.send.click();
    await expect(this.sendResult).toHaveAttribute('data-count', String(before + 1));
  }

  async setAppOriginAllowed(allowed: boolean): Promise<void> {
    // A controlled checkbox: it flips only once the server has applied the policy.
    if ((await this.allowAppOrigin.isChecked()) !== allowed) await this.allowAppOrigin.click();
    await expect(this.allowAppOrigin).toBeChecked({ checked: allowed });
    await expect(this.policyState).toHaveText('Applied');
  }
}
