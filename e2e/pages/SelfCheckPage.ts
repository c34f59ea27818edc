import { expect, type Locator, type Page } from '@playwright/test';

/** The participant's setup check (`/workshop/check`): every check is a list item named by its label. */
export class SelfCheckPage {
  readonly heading: Locator;
  readonly checkCookies: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Check your setup', level: 1 });
    this.checkCookies = page.getByRole('button', { name: 'Check the cookies' });
  }

  async open(app: string): Promise<void> {
    await this.page.goto(`${app}/workshop/check`);
    await expect(this.heading).toBeVisible();
  }

  /** One check, by its label. */
  check(label: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByText(label, { exact: true }) });
  }

  /** Every check on the page. */
  get checks(): Locator {
    return this.page.locator('.self-check-list').getByRole('listitem');
  }

  /** Waits until no check is still running. */
  async settled(): Promise<void> {
    await expect(this.checks.filter({ hasText: 'Checking…' })).toHaveCount(0, { timeout: 30_000 });
  }
}
