import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { cleanup, render, type RenderResult } from 'vitest-browser-react';
import { EditorView } from '@codemirror/view';
import { policyParse, type Policy, type PolicyInput } from '@cors-playground/engine';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { sandboxControlBase } from '@cors-playground/protocol/paths';
import { controlConfigGet } from './api/controlApi.ts';
import { controlQueries } from './api/controlQueries.ts';
import { SandboxProvider } from './api/SandboxProvider.tsx';
import { queryClient as appQueryClient } from './app/queryClient.ts';
import { usePlaygroundStore } from './store/playgroundStore.ts';
import './app/app.css';
import './ui/primitives.css';
import './app/layout.css';

/**
 * Mounts one component of the app for the component layer (`*.browser.test.tsx`, real Chromium and
 * Firefox): the app's providers around it, a fresh React Query client and UI store, and a sandbox of its
 * own on the real playground behind `/control` (see vitest.config.ts), so tests never share a policy.
 */
export interface ComponentRenderOptions {
  /** The sandbox the component works in. Default: a fresh one per call. */
  sandbox?: string;
  /** The route the component is rendered at (`/learn/allow-origin`). Default `/`. */
  path?: string;
  /** Server data the React Query client starts with, as `[queryKey, data]` pairs. Default none. */
  seed?: Array<[QueryKey, unknown]>;
}

export interface ComponentRendered {
  screen: RenderResult;
  sandbox: string;
  client: QueryClient;
}

let sandboxCount = 0;

/** A sandbox id no other test of this run uses (file-level isolation makes counters repeat). */
export function componentSandbox(): string {
  sandboxCount += 1;
  return `comp-${crypto.randomUUID().slice(0, 8)}-${sandboxCount}`;
}

export async function componentRender(
  ui: ReactNode,
  { sandbox = componentSandbox(), path = '/', seed = [] }: ComponentRenderOptions = {},
): Promise<ComponentRendered> {
  // One component at a time: a second render in a test replaces the first.
  await cleanup();
  usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
  const client = new QueryClient({ defaultOptions: appQueryClient.getDefaultOptions() });
  for (const [key, data] of seed) client.setQueryData(key, data);
  const screen = await render(
    <QueryClientProvider client={client}>
      <SandboxProvider sandbox={sandbox}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </SandboxProvider>
    </QueryClientProvider>,
  );
  return { screen, sandbox, client };
}

/** The live policy of `sandbox` as the real control plane holds it, parsed as the app parses it. */
export async function componentLivePolicy(sandbox: string): Promise<Policy> {
  const response = await fetch(`${sandboxControlBase(sandbox)}/policy`);
  if (!response.ok) throw new Error(`GET policy answered ${response.status}`);
  const parsed = policyParse(await response.json());
  if (!parsed.ok)
    throw new Error(`the control plane sent an invalid policy: ${JSON.stringify(parsed.errors)}`);
  return parsed.policy;
}

/**
 * The server data a playground page starts with (config and the sandbox's live policy), read from the
 * real control plane, as `seed` pairs for componentRender.
 */
export async function componentServerData(
  sandbox: string,
): Promise<{ config: PlaygroundConfig; policy: Policy; seed: Array<[QueryKey, unknown]> }> {
  const [config, policy] = await Promise.all([controlConfigGet(), componentLivePolicy(sandbox)]);
  return {
    config,
    policy,
    seed: [
      [controlQueries.config().queryKey, config],
      [controlQueries.policy(sandbox).queryKey, policy],
    ],
  };
}

/**
 * Replaces a text field's value as typing would, in both browsers: Playwright's fill() in Firefox ESR
 * (WebDriver BiDi) sets the value without React's value tracker seeing it. The native setter plus a
 * bubbling `input` event reaches React everywhere.
 */
export function componentTextReplace(field: Element, text: string): void {
  const proto =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Replaces the live policy of `sandbox` on the real control plane, as a test's setup. */
export async function componentPolicyPut(sandbox: string, policy: PolicyInput): Promise<void> {
  const response = await fetch(`${sandboxControlBase(sandbox)}/policy`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(policy),
  });
  if (!response.ok) throw new Error(`PUT policy answered ${response.status}: ${await response.text()}`);
}

/**
 * Replaces a CodeMirror editor's whole text as a paste would (one user transaction), given its
 * content element (`[data-testid="policy-json-input"]`).
 */
export function componentCodeReplace(content: Element, text: string): void {
  const view = EditorView.findFromDOM(content as HTMLElement);
  if (!view) throw new Error('not a CodeMirror editor');
  view.focus();
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, userEvent: 'input.paste' });
}
