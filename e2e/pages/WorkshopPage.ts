import { expect, type Locator, type Page } from '@playwright/test';
import { textReplace } from '../support/textReplace.ts';

/** A participant's playground in a workshop: joining, then the usual playground in their own sandbox. */
export class WorkshopParticipantPage {
  readonly nameField: Locator;
  readonly messages: Locator;
  readonly send: Locator;
  readonly allowAppOrigin: Locator;
  readonly policyState: Locator;
  readonly serverEvents: Locator;

  constructor(readonly page: Page) {
    this.nameField = page.getByLabel('Your name, as the instructor will see it');
    this.messages = page.getByRole('complementary', { name: 'Messages from the instructor' });
    this.send = page.getByTestId('send');
    this.allowAppOrigin = page.getByTestId('allow-app-origin');
    this.policyState = page.getByTestId('policy-state');
    this.serverEvents = page.getByTestId('server-event');
  }

  async join(joinUrl: string, name: string): Promise<void> {
    await this.page.goto(joinUrl);
    // Under a loaded machine Firefox (WebDriver BiDi) has been seen to drop the click on Join; a person
    // would click again, and so does this.
    await expect(async () => {
      if (await this.nameField.isVisible()) {
        await textReplace(this.nameField, name);
        await this.page.getByRole('button', { name: 'Join' }).click();
      }
      await expect(this.messages).toContainText(`you are ${name}`, { timeout: 5000 });
    }).toPass({ timeout: 30_000 });
    await expect(this.send).toBeEnabled();
  }
}

/** The instructor's room view. */
export class WorkshopInstructorPage {
  readonly table: Locator;
  readonly tally: Locator;
  readonly live: Locator;
  readonly projector: Locator;
  readonly participant: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table');
    this.tally = page.getByTestId('workshop-room-tally');
    this.live = page.getByTestId('workshop-live');
    this.projector = page.getByTestId('workshop-projector');
    this.participant = page.getByTestId('workshop-participant');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  /**
   * What the table says of participant `name` and one challenge (by id), in the words a screen reader
   * hears: not started, started, exploited or fixed.
   */
  cell(name: string, challengeId: string): Locator {
    return this.row(name).locator(`td[data-challenge="${challengeId}"] .visually-hidden`);
  }

  /** The room's tally of one challenge (by id), e.g. "…: 1/30 exploited, 0 fixed". */
  tallyOf(challengeId: string): Locator {
    return this.tally.locator(`td[data-challenge="${challengeId}"] .visually-hidden`);
  }

  /** Resets participant `name`, answering the confirmation. */
  async reset(name: string): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.row(name)
      .getByRole('button', { name: `Reset ${name}` })
      .click();
  }

  /** Shows what participant `name` did (policy, audit, requests) below the table. */
  async select(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name, exact: true }).click();
    await expect(this.participant).toBeVisible();
  }

  /** Whether the page scrolls sideways (it must not, at any laptop width). */
  horizontalOverflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  }

  /** Removes participant `name`, answering the confirmation. */
  async remove(name: string): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.row(name)
      .getByRole('button', { name: `Remove ${name}` })
      .click();
    await expect(this.row(name)).toHaveCount(0);
  }

  /** A new single-use login link, as the instructor page shows it. */
  async loginLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'New login link' }).click();
    const field = this.page.getByLabel(/^Login link \(works once/);
    await expect(field).toHaveValue(/#secret=/);
    return field.inputValue();
  }

  async hint(name: string, text: string): Promise<void> {
    await textReplace(this.page.getByLabel('Message'), text);
    await this.page.getByLabel('To', { exact: true }).selectOption({ label: `${name} (hint)` });
    await this.page.getByRole('button', { name: 'Send', exact: true }).click();
  }
}
