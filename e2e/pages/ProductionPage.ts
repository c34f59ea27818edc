import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { sectionOpen } from '../support/sectionOpen.ts';
import { testOrigins } from '../support/testOrigins.ts';
import { textReplace } from '../support/textReplace.ts';

/** The "To production" panel: the Export tab and the pasted curl -i analysis, through their data-testids. */
export class ProductionPage {
  readonly panel: Locator;
  readonly exportTab: Locator;
  readonly analyseTab: Locator;
  readonly target: Locator;
  readonly code: Locator;
  readonly copy: Locator;
  readonly copyState: Locator;
  readonly differences: Locator;
  readonly differenceItems: Locator;
  readonly curlInput: Locator;
  readonly curlUrl: Locator;
  readonly curlOrigin: Locator;
  readonly curlError: Locator;
  readonly verdict: Locator;
  readonly consoleChromium: Locator;
  readonly consoleFirefox: Locator;
  readonly steps: Locator;
  readonly notes: Locator;
  readonly fix: Locator;
  readonly fixTarget: Locator;
  readonly fixCode: Locator;

  constructor(
    readonly page: Page,
    readonly sandbox: string,
  ) {
    this.panel = page.getByTestId('production-panel');
    this.exportTab = page.getByTestId('production-tab-export');
    this.analyseTab = page.getByTestId('production-tab-analyse');
    this.target = page.getByTestId('export-target');
    this.code = page.getByTestId('export-code');
    this.copy = page.getByTestId('export-copy');
    this.copyState = page.getByTestId('export-copy-state');
    this.differences = page.getByTestId('export-differences');
    this.differenceItems = page.getByTestId('export-differences-item');
    this.curlInput = page.getByTestId('curl-input');
    this.curlUrl = page.getByTestId('curl-url');
    this.curlOrigin = page.getByTestId('curl-origin');
    this.curlError = page.getByTestId('curl-error');
    this.verdict = page.getByTestId('curl-verdict');
    this.consoleChromium = page.getByTestId('curl-console-chromium');
    this.consoleFirefox = page.getByTestId('curl-console-firefox');
    this.steps = page.getByTestId('curl-step');
    this.notes = page.getByTestId('curl-note');
    this.fix = page.getByTestId('curl-fix');
    this.fixTarget = page.getByTestId('curl-fix-target');
    this.fixCode = page.getByTestId('curl-fix-code');
  }

  /** "Check my server" (its own page, which opens on the analysis), switched to the Export tab. */
  async goto(): Promise<void> {
    await this.page.goto(`${testOrigins.app}/check?sandbox=${encodeURIComponent(this.sandbox)}`);
    await expect(this.analyseTab).toHaveAttribute('aria-selected', 'true');
    await this.exportTab.click();
    await expect(this.exportTab).toHaveAttribute('aria-selected', 'true');
  }

  /** Opens the page from the header navigation, as a person would (no reload). */
  async open(): Promise<void> {
    await sectionOpen(this.page, 'Check my server');
    await expect(this.exportTab).toBeVisible();
  }

  /** Replaces the sandbox's live policy through the control plane, as the CLI would (no Origin). */
  async policyPut(request: APIRequestContext, policy: unknown): Promise<void> {
    const response = await request.put(`${testOrigins.app}/control/sandboxes/${this.sandbox}/policy`, {
      data: policy,
    });
    expect(response.status()).toBe(200);
  }

  async exportTo(target: string): Promise<void> {
    await this.exportTab.click();
    await this.target.selectOption(target);
    await expect(this.panel.getByTestId('export-result')).toHaveAttribute('data-target', target);
  }

  /** Pastes `curl -i` output for the default request (the request builder's, from this app). */
  async paste(text: string): Promise<void> {
    await this.analyseTab.click();
    await textReplace(this.curlInput, text);
  }

  /** The analysis of pasted `curl -i` output for a request from `origin` to `url`. */
  async analyse(text: string, request: { url: string; origin: string }): Promise<void> {
    await this.analyseTab.click();
    await textReplace(this.curlUrl, request.url);
    await textReplace(this.curlOrigin, request.origin);
    await textReplace(this.curlInput, text);
  }
}
