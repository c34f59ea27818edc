import { playgroundConfigSchema, type PlaygroundConfig } from '@cors-playground/protocol';
import { sandboxControlBase } from './sandboxId.ts';
import type { Policy, PolicyInput } from '@cors-playground/engine';

/** A rejected policy: the control plane's 400 with the field paths. */
export class ControlPolicyError extends Error {
  constructor(readonly errors: Array<{ path: string; message: string }>) {
    super(errors.map((e) => `${e.path || '(policy)'}: ${e.message}`).join('; '));
  }
}

async function controlJson(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`Control plane answered ${response.status}: ${await response.text()}`);
  return response.json();
}

export async function controlConfigGet(): Promise<PlaygroundConfig> {
  return playgroundConfigSchema.parse(await controlJson(await fetch('/control/config')));
}

export async function controlPolicyGet(): Promise<Policy> {
  return (await controlJson(await fetch(`${sandboxControlBase}/policy`))) as Policy;
}

export async function controlPolicyPut(policy: PolicyInput): Promise<Policy> {
  const response = await fetch(`${sandboxControlBase}/policy`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(policy),
  });
  if (response.status === 400) {
    const body = (await response.json()) as { errors: Array<{ path: string; message: string }> };
    throw new ControlPolicyError(body.errors);
  }
  return (await controlJson(response)) as Policy;
}
