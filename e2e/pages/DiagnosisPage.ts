import { expect, type APIRequestContext, type Locator } from '@playwright/test';
import { RequestPage, type RequestSpec } from './RequestPage.ts';

/** The request builder plus the diagnosis a failed send gets: who must act, the cause, the remedy. */
export class DiagnosisPage extends RequestPage {
  readonly diagnoses = this.page.getByTestId('diagnosis');
  readonly verdictFix = this.page.getByTestId('verdict-fix');
  readonly fixElsewhere = this.page.getByTestId('fix-elsewhere');

  /** Sets the lab API's policy, sends the request from the builder, and waits for the failure. */
  async reproduce(api: APIRequestContext, policy: unknown, spec: RequestSpec): Promise<void> {
    await this.goto();
    await this.policyPut(api, policy);
    await this.fill(spec);
    await this.sendAndComplete();
    await expect(this.jsResult).toHaveAttribute('data-ok', 'false');
  }

  /** The diagnosis of one shape (`error-without-cors`, `preflight-auth`, …). */
  diagnosis(id: string): Locator {
    return this.page.locator(`[data-testid="diagnosis"][data-id="${id}"]`);
  }

  /** One proposed policy fix (its button, description and audit) by its id, e.g. `origin-add`. */
  fix(id: string): Locator {
    return this.page.getByTestId('fix').filter({ has: this.page.locator(`[data-fix="${id}"]`) });
  }

  /** The remedy of a shape in one framework's terms, with the framework list opened. */
  async frameworkRemedy(id: string, framework: string): Promise<Locator> {
    const details = this.diagnosis(id).getByTestId('diagnosis-frameworks');
    await details.locator('summary').click();
    await expect(details).toHaveAttribute('open', '');
    return details.locator(`[data-framework="${framework}"] dd`);
  }
}
