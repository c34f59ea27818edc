import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { livePolicy } from '../support/livePolicy.ts';
import { testOrigins } from '../support/testOrigins.ts';

/** A permalink's request part: every field, as the app's link format requires. */
export interface SharedRequest {
  path: string;
  method: string;
  headers: Array<[string, string]>;
  credentials: 'omit' | 'same-origin' | 'include';
  mode: 'cors' | 'no-cors' | 'same-origin';
  redirect: 'follow' | 'error' | 'manual';
  cache: 'default' | 'no-store' | 'reload' | 'no-cache' | 'force-cache' | 'only-if-cached';
  body: string | null;
}

/** The attacker's request part: read /private with the user's cookie. */
export const sharedRequestPrivate: SharedRequest = {
  path: '/private',
  method: 'GET',
  headers: [],
  credentials: 'include',
  mode: 'cors',
  redirect: 'follow',
  cache: 'default',
  body: null,
};

/** The attacker's policy: every origin reflected, with credentials. */
export const sharedPolicyHostile = { origin: { mode: 'reflect' }, credentials: true };

/**
 * The "Apply this shared policy?" confirmation a permalink with a policy opens, found by its role and
 * name, and the links that open it.
 */
export class SharedPolicyPage {
  readonly dialog: Locator;
  readonly apply: Locator;
  readonly discard: Locator;
  readonly danger: Locator;
  readonly changes: Locator;
  readonly findings: Locator;
  readonly restored: Locator;

  constructor(
    readonly page: Page,
    readonly sandbox: string,
  ) {
    this.dialog = page.getByRole('region', { name: 'Apply this shared policy?' });
    this.apply = this.dialog.getByRole('button', { name: 'Apply this shared policy' });
    this.discard = this.dialog.getByRole('button', { name: 'Discard' });
    this.danger = this.dialog.getByRole('alert');
    this.changes = this.dialog.getByRole('table', { name: 'What would change' }).getByRole('row');
    this.findings = this.dialog.getByRole('listitem');
    this.restored = page.getByTestId('permalink-restored');
  }

  /** One row of the diff, by the setting it names (e.g. "Who may read responses"). */
  change(setting: string): Locator {
    return this.changes.filter({ has: this.page.getByRole('rowheader', { name: setting, exact: true }) });
  }

  /**
   * A permalink into this sandbox, built by hand as an attacker would: `#p=` and base64url JSON of the
   * policy and the request.
   */
  link(policy: unknown, request: SharedRequest): string {
    const payload = Buffer.from(JSON.stringify({ v: 1, policy, request })).toString('base64url');
    return `${testOrigins.app}/?sandbox=${encodeURIComponent(this.sandbox)}#p=${payload}`;
  }

  /** The live policy as the server holds it, read like curl does (no Origin). */
  livePolicy(request: APIRequestContext): Promise<Record<string, unknown>> {
    return livePolicy(request, this.sandbox);
  }
}
