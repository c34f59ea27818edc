import { expect, type Locator, type Page } from '@playwright/test';

function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The exposure map table (Playground and /check), found by its caption, rows by their origin. */
export class ExposureMapPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: /^Who can do what against/ });
  }

  /** The row of one seat: its header cell starts with the origin. */
  row(origin: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${regexEscape(origin)}`) }) });
  }

  /** The link that sends `request` (a column heading) from `origin`. */
  sendLink(origin: string, request: string): Locator {
    return this.row(origin).getByRole('link', { name: `Send ${request} from ${origin}` });
  }

  /** The cell of `request` in `origin`'s row: the one holding its send link. */
  cell(origin: string, request: string): Locator {
    // `has` is relative to the cell: a locator from the page, not from the table.
    const link = this.page.getByRole('link', { name: `Send ${request} from ${origin}` });
    return this.row(origin).getByRole('cell').filter({ has: link });
  }

  /** Clicks the cell's link, sends from the page it opens, and returns what that page's script saw. */
  async sendFrom(origin: string, request: string): Promise<string> {
    const opened = this.page.waitForEvent('popup');
    await this.sendLink(origin, request).click();
    const sender = await opened;
    const frame = origin === 'null' ? sender.frameLocator('iframe') : sender;
    await frame.getByRole('button', { name: 'Send from here' }).click();
    const result = frame.getByRole('status', { name: 'What this page saw' });
    await expect(result).toHaveText(/^(Allowed|Blocked)/);
    const here = origin === 'null' ? null : new URL(sender.url()).origin;
    const text = (await result.textContent()) ?? '';
    await sender.close();
    if (here !== null) expect(here).toBe(origin);
    return text;
  }
}
