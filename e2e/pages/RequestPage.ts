import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { testOrigins } from '../support/testOrigins.ts';
import { textReplace } from '../support/textReplace.ts';

/** A request as the builder edits it; fields left out keep the builder's defaults. */
export interface RequestSpec {
  path?: string;
  method?: string;
  headers?: Array<[string, string]>;
  body?: string | null;
  credentials?: 'omit' | 'same-origin' | 'include';
  mode?: 'cors' | 'no-cors' | 'same-origin';
  redirect?: 'follow' | 'manual' | 'error';
  cache?: string;
}

/** The request builder, Send and the result views, driven through their data-testids. */
export class RequestPage {
  readonly send: Locator;
  readonly path: Locator;
  readonly method: Locator;
  readonly jsResult: Locator;
  readonly outcome: Locator;
  readonly agreement: Locator;
  readonly serverEvents: Locator;
  readonly traceSteps: Locator;
  readonly fixButtons: Locator;
  readonly preflightCacheNote: Locator;
  readonly unreadableHeaders: Locator;
  readonly complete: Locator;

  constructor(
    readonly page: Page,
    readonly sandbox: string,
  ) {
    this.send = page.getByTestId('send');
    this.path = page.getByTestId('request-path');
    this.method = page.getByTestId('request-method');
    this.jsResult = page.getByTestId('send-result');
    this.outcome = page.getByTestId('send-outcome');
    this.agreement = page.getByTestId('agreement');
    this.serverEvents = page.getByTestId('send-server-event');
    this.traceSteps = page.getByTestId('trace-step');
    this.fixButtons = page.getByTestId('fix-button');
    this.preflightCacheNote = page.getByTestId('preflight-cache-note');
    this.unreadableHeaders = page.getByTestId('js-unreadable-header');
    this.complete = page.getByTestId('result-complete');
  }

  get url(): string {
    return `${testOrigins.app}/?sandbox=${encodeURIComponent(this.sandbox)}`;
  }

  async goto(hash = ''): Promise<void> {
    await this.page.goto(`${this.url}${hash}`);
    await expect(this.send).toBeEnabled();
  }

  /** Replaces the sandbox's live policy through the control plane, as the CLI would (no Origin). */
  async policyPut(request: APIRequestContext, policy: unknown): Promise<void> {
    const response = await request.put(`${testOrigins.app}/control/sandboxes/${this.sandbox}/policy`, {
      data: policy,
    });
    expect(response.status(), await response.text()).toBe(200);
  }

  /** Fills the builder: every field is set, so one spec never leaks into the next. */
  async fill(spec: RequestSpec): Promise<void> {
    await textReplace(this.path, spec.path ?? '/data');
    await textReplace(this.method, spec.method ?? 'GET');
    const remove = this.page.getByTestId('request-header-remove');
    while ((await remove.count()) > 0) await remove.first().click();
    for (const [name, value] of spec.headers ?? []) {
      await this.page.getByTestId('request-header-add').click();
      await textReplace(this.page.getByTestId('request-header-name').last(), name);
      await textReplace(this.page.getByTestId('request-header-value').last(), value);
    }
    const bodyOn = this.page.getByTestId('request-body-on');
    const body = spec.body ?? null;
    if ((await bodyOn.isChecked()) !== (body !== null)) await bodyOn.click();
    if (body !== null) await textReplace(this.page.getByTestId('request-body'), body);
    await this.page.getByTestId('request-credentials').selectOption(spec.credentials ?? 'same-origin');
    await this.page.getByTestId('request-mode').selectOption(spec.mode ?? 'cors');
    await this.page.getByTestId('request-redirect').selectOption(spec.redirect ?? 'follow');
    await this.page.getByTestId('request-cache').selectOption(spec.cache ?? 'default');
  }

  /**
   * The id of the last send whose three views (JS, server, trace) are rendered; 0 before the first.
   * Send ids count 1, 2, 3… per tab, so the next send's id is known before it starts.
   */
  async lastSend(): Promise<number> {
    return (await this.complete.count()) > 0 ? Number(await this.complete.getAttribute('data-send')) : 0;
  }

  /** Waits until send `id` is rendered in all three views. */
  async expectSent(id: number): Promise<void> {
    await expect(this.complete).toHaveAttribute('data-send', String(id));
  }

  /** Clicks Send and waits until all three views are rendered for this send; returns its id. */
  async sendAndComplete(): Promise<number> {
    const next = (await this.lastSend()) + 1;
    await this.send.click();
    await this.expectSent(next);
    return next;
  }
}
