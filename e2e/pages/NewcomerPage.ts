import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { testOrigins } from '../support/testOrigins.ts';
import { textReplace } from '../support/textReplace.ts';

/** The app as a newcomer meets it: found by role and label, the way a person reads the page. */
export class NewcomerPage {
  readonly nav: Locator;
  readonly send: Locator;
  readonly method: Locator;
  readonly path: Locator;
  readonly credentials: Locator;
  readonly verdict: Locator;
  readonly verdictHeadline: Locator;
  readonly verdictCause: Locator;
  readonly verdictServerSent: Locator;
  readonly verdictNotes: Locator;
  readonly announcer: Locator;
  readonly outcome: Locator;
  readonly complete: Locator;
  readonly serverLog: Locator;
  readonly presets: Locator;

  constructor(
    readonly page: Page,
    readonly sandbox: string,
  ) {
    this.nav = page.getByRole('navigation', { name: 'Sections' });
    this.send = page.getByRole('button', { name: 'Send', exact: true });
    this.method = page.getByLabel('Method', { exact: true });
    this.path = page.getByLabel(/^Path on the API/);
    this.credentials = page.getByLabel('credentials', { exact: true });
    this.verdict = page.getByTestId('verdict');
    this.verdictHeadline = this.verdict.getByRole('heading');
    this.verdictCause = page.getByTestId('verdict-cause');
    this.verdictServerSent = page.getByTestId('verdict-server-sent');
    this.verdictNotes = page.getByTestId('verdict-note');
    this.announcer = page.getByRole('status').filter({ hasText: /^Send #/ });
    this.outcome = page.getByTestId('send-outcome');
    this.complete = page.getByTestId('result-complete');
    this.serverLog = page.getByRole('region', { name: /^Server log/ }).getByRole('listitem');
    this.presets = page.getByRole('region', { name: 'Presets' });
  }

  async goto(path = '/'): Promise<void> {
    await this.page.goto(`${testOrigins.app}${path}?sandbox=${encodeURIComponent(this.sandbox)}`);
  }

  /** Replaces the sandbox's live policy through the control plane, as the CLI would. */
  async policyPut(request: APIRequestContext, policy: unknown): Promise<void> {
    const response = await request.put(`${testOrigins.app}/control/sandboxes/${this.sandbox}/policy`, {
      data: policy,
    });
    expect(response.status(), await response.text()).toBe(200);
  }

  async pathSet(path: string): Promise<void> {
    await textReplace(this.path, path);
  }

  async methodSet(method: string): Promise<void> {
    await textReplace(this.method, method);
  }

  /** Presses Send and waits until the whole result (views and server log) settled. */
  async sendAndSettle(): Promise<void> {
    // Send ids count 1, 2, 3… per tab. The last completed send's id is the base: a history count could
    // be read before the previous send's entry rendered.
    const last =
      (await this.complete.count()) > 0 ? Number(await this.complete.getAttribute('data-send')) : 0;
    const next = last + 1;
    await this.send.click();
    await expect(this.complete).toHaveAttribute('data-send', String(next));
  }

  /** Whether every pixel of `locator` lies inside the viewport, with the page not scrolled. */
  async fullyInView(locator: Locator): Promise<boolean> {
    const box = await locator.boundingBox();
    const viewport = this.page.viewportSize();
    const scrollY = await this.page.evaluate(() => window.scrollY);
    if (!box || !viewport) return false;
    return (
      scrollY === 0 &&
      box.y >= 0 &&
      box.y + box.height <= viewport.height &&
      box.x + box.width <= viewport.width
    );
  }
}
