import type { Locator, Page } from '@playwright/test';
import { testOrigins } from '../support/testOrigins.ts';
import { textReplace } from '../support/textReplace.ts';

/** "Paste your config" on the check page, by role and label as a user finds it. */
export class ConfigImportPage {
  readonly panel: Locator;
  readonly framework: Locator;
  readonly config: Locator;
  readonly importButton: Locator;
  readonly imported: Locator;
  readonly errors: Locator;
  readonly notes: Locator;
  readonly policy: Locator;
  readonly exposure: Locator;
  readonly openInPlayground: Locator;

  constructor(
    readonly page: Page,
    readonly sandbox: string,
  ) {
    this.panel = page.getByRole('region', { name: 'Paste your config' });
    this.framework = this.panel.getByLabel('Your framework');
    this.config = this.panel.getByLabel('Your CORS configuration');
    this.importButton = this.panel.getByRole('button', { name: 'Import' });
    this.imported = this.panel.getByRole('status');
    this.errors = this.panel
      .getByRole('alert')
      .getByRole('list', { name: 'Import errors' })
      .getByRole('listitem');
    this.notes = this.panel.getByRole('list', { name: 'Notes' }).getByRole('listitem');
    this.policy = this.panel.getByLabel('Imported policy');
    this.exposure = this.panel.getByRole('table', { name: /with the imported/ });
    this.openInPlayground = this.panel.getByRole('link', { name: 'Open in the playground' });
  }

  async goto(): Promise<void> {
    await this.page.goto(`${testOrigins.app}/check?sandbox=${encodeURIComponent(this.sandbox)}`);
  }

  /** Picks the framework, pastes the configuration and imports it. */
  async paste(framework: string, text: string): Promise<void> {
    await this.framework.selectOption(framework);
    await textReplace(this.config, text);
    await this.importButton.click();
  }
}
