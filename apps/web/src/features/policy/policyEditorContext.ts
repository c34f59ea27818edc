import type { RequestCredentials } from '@cors-playground/engine';
import type { PlaygroundConfig } from '@cors-playground/protocol';

/** The request the editor's preview shows when the page has no request builder of its own. */
export interface PolicyEditorSampleRequest {
  method: string;
  /** Path on the API, with query, e.g. `/account`. */
  path: string;
  credentials: RequestCredentials;
}

/**
 * Which app the edited policy serves, so the editor speaks of it: the playground's own page, or in a
 * challenge the victim's app. Passed in by the page, never read from globals.
 */
export interface PolicyEditorContext {
  /** The origin of the page whose requests the policy governs, e.g. `http://localhost:5173`. */
  appOrigin: string;
  /** How the editor names that page: "this app", "the victim's app". */
  appLabel: string;
  /** The origin that plays the other (attacking) site in the presets' sentences. */
  otherOrigin: string;
  /** The API whose policy this is. */
  apiOrigin: string;
  /** The preview's request; null: the request builder's (the playground's). */
  sampleRequest: PolicyEditorSampleRequest | null;
}

/** The playground's own context: its page, its other site, its lab API and request builder. */
export function policyEditorContextPlayground(config: PlaygroundConfig): PolicyEditorContext {
  return {
    appOrigin: config.appOrigin,
    appLabel: 'this app',
    otherOrigin: config.otherOrigin,
    apiOrigin: config.apiOrigin,
    sampleRequest: null,
  };
}
