import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { livePolicy } from '../support/livePolicy.ts';
import { testOrigins } from '../support/testOrigins.ts';

/** The live policy editor (form, JSON view, preview, presets, audit), driven through its data-testids. */
export class PolicyEditorPage {
  readonly editor: Locator;
  readonly state: Locator;
  readonly allowAppOrigin: Locator;
  readonly originMode: Locator;
  readonly credentials: Locator;
  readonly exposeHeaders: Locator;
  readonly maxAgeNone: Locator;
  readonly maxAge: Locator;
  readonly jsonInput: Locator;
  readonly fieldErrors: Locator;
  readonly presets: Locator;
  readonly previewActual: Locator;
  readonly previewPreflight: Locator;
  readonly auditFindings: Locator;

  constructor(
    readonly page: Page,
    readonly sandbox: string,
  ) {
    this.editor = page.getByTestId('policy-editor');
    this.state = page.getByTestId('policy-state');
    this.allowAppOrigin = page.getByTestId('allow-app-origin');
    this.originMode = page.getByTestId('origin-mode');
    this.credentials = page.getByTestId('policy-credentials');
    this.exposeHeaders = page.getByTestId('expose-headers');
    this.maxAgeNone = page.getByTestId('max-age-none');
    this.maxAge = page.getByTestId('max-age');
    this.jsonInput = page.getByTestId('policy-json-input');
    this.fieldErrors = page.getByTestId('field-error');
    this.presets = page.getByTestId('preset');
    this.previewActual = page.getByTestId('preview-actual');
    this.previewPreflight = page.getByTestId('preview-preflight');
    this.auditFindings = page.getByTestId('audit-finding');
  }

  async goto(): Promise<void> {
    await this.page.goto(`${testOrigins.app}/?sandbox=${encodeURIComponent(this.sandbox)}`);
    // The editor, the engine and CodeMirror load lazily after the first paint: allow for a busy machine.
    await expect(this.allowAppOrigin).toBeVisible({ timeout: 15_000 });
    await expect(this.jsonInput).toBeVisible({ timeout: 15_000 });
  }

  async expectApplied(): Promise<void> {
    await expect(this.state).toHaveText('Applied');
  }

  /** The live policy as the server holds it, read like curl does (no Origin). */
  livePolicy(request: APIRequestContext): Promise<Record<string, unknown>> {
    return livePolicy(request, this.sandbox);
  }

  /** Replaces the JSON view's whole text, as a user selecting all and pasting would. */
  async jsonReplace(text: string): Promise<void> {
    await this.jsonInput.click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.insertText(text);
  }

  /** The value of one response header in a preview exchange, or null when it is not sent. */
  previewHeader(exchange: Locator, name: string): Locator {
    return exchange.locator(`[data-testid="preview-header"][data-name="${name.toLowerCase()}"]`);
  }
}
