import type { PlaygroundConfig } from '@cors-playground/protocol';
import { policyChangeLabelMaxLength, sandboxControlBase } from '@cors-playground/protocol/paths';
import type { Policy, PolicyInput } from '@cors-playground/engine';

/** A rejected policy: the control plane's 400 with the field paths. */
export class ControlPolicyError extends Error {
  constructor(readonly errors: Array<{ path: string; message: string }>) {
    super(errors.map((e) => `${e.path || '(policy)'}: ${e.message}`).join('; '));
  }
}

/** A control-plane answer's JSON; any non-2xx status is an error with the server's text. */
export async function controlJson(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`Control plane answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/**
 * The server's policy, checked like any input: a control plane from another version (or a proxy's error
 * page) must fail here, not deep in the simulator. The engine loads on demand, out of the initial bundle.
 */
async function controlPolicyParse(json: unknown): Promise<Policy> {
  const { policyParse } = await import('@cors-playground/engine');
  const parsed = policyParse(json);
  if (!parsed.ok)
    throw new Error(
      `The control plane sent an invalid policy: ${new ControlPolicyError(parsed.errors).message}`,
    );
  return parsed.policy;
}

/**
 * The playground's origins, checked like any input. The schema (and zod) loads beside the request, not
 * with the first paint: the shell shows before the config arrives.
 */
export async function controlConfigGet(): Promise<PlaygroundConfig> {
  const [{ controlSchemas }, json] = await Promise.all([
    import('./controlSchemas.ts'),
    fetch('/control/config').then(controlJson),
  ]);
  return controlSchemas.config.parse(json);
}

export async function controlPolicyGet(sandbox: string): Promise<Policy> {
  return controlPolicyParse(await controlJson(await fetch(`${sandboxControlBase(sandbox)}/policy`)));
}

/**
 * Replaces the live policy; `by` says what replaces it ("Preset 'Strict'") for the policy history.
 * Default: a plain edit, which the history keeps once per run of edits.
 */
export async function controlPolicyPut(sandbox: string, policy: PolicyInput, by?: string): Promise<Policy> {
  // A label longer than the server takes is cut, never refused: it is only words for the history.
  const query = by === undefined ? '' : `?by=${encodeURIComponent(by.slice(0, policyChangeLabelMaxLength))}`;
  const response = await fetch(`${sandboxControlBase(sandbox)}/policy${query}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(policy),
  });
  return controlPolicyAnswer(response);
}

/** The policy a PUT answered with, or a ControlPolicyError with the field paths of a 400. */
export async function controlPolicyAnswer(response: Response): Promise<Policy> {
  if (response.status === 400) {
    const body = (await response.json()) as { errors: Array<{ path: string; message: string }> };
    throw new ControlPolicyError(body.errors);
  }
  return controlPolicyParse(await controlJson(response));
}
