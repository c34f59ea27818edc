import { expect, type Locator, type Page } from '@playwright/test';
import { testOrigins } from '../support/testOrigins.ts';

/** The guided path, by role and label. */
export class LearnPage {
  readonly path: Locator;
  readonly step: Locator;
  readonly tryIt: Locator;
  readonly answer: Locator;
  readonly progress: Locator;
  readonly send: Locator;

  constructor(
    readonly page: Page,
    readonly sandbox: string,
  ) {
    this.path = page.getByRole('navigation', { name: 'Learning path' });
    this.step = page.getByRole('article');
    this.tryIt = page.getByRole('button', { name: 'Try it' });
    this.answer = page.getByTestId('learn-answer');
    this.progress = page.getByTestId('learn-progress');
    this.send = page.getByRole('button', { name: 'Send', exact: true });
  }

  async goto(step = ''): Promise<void> {
    await this.page.goto(
      `${testOrigins.app}/learn${step ? `/${step}` : ''}?sandbox=${encodeURIComponent(this.sandbox)}`,
    );
    await expect(this.tryIt).toBeEnabled();
  }
}
