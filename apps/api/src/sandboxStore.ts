import type { Policy } from '@cors-playground/engine';
import { Sandbox } from './sandbox.ts';

export const sandboxDefaultId = 'default';
/** Sandbox ids are URL path segments: keep them short and plain. */
export const sandboxIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
/** Caps memory if a script creates sandboxes in a loop. */
const sandboxLimit = 1000;

/**
 * All sandboxes of this server, keyed by id. Each has its own live policy and event log; the control
 * plane creates one on first use (workshop mode will hand one to each participant).
 */
export class SandboxStore {
  private readonly sandboxes = new Map<string, Sandbox>();

  /** `initialPolicy` makes the policy each new sandbox starts with. */
  constructor(private readonly initialPolicy: () => Policy) {
    this.sandboxes.set(sandboxDefaultId, new Sandbox(sandboxDefaultId, initialPolicy()));
  }

  sandboxGet(id: string): Sandbox | undefined {
    return this.sandboxes.get(id);
  }

  /** The sandbox, created with the initial policy if new; undefined for a bad id or when full. */
  sandboxEnsure(id: string): Sandbox | undefined {
    const existing = this.sandboxes.get(id);
    if (existing) return existing;
    if (!sandboxIdPattern.test(id) || this.sandboxes.size >= sandboxLimit) return undefined;
    const sandbox = new Sandbox(id, this.initialPolicy());
    this.sandboxes.set(id, sandbox);
    return sandbox;
  }

  get sandboxDefault(): Sandbox {
    const sandbox = this.sandboxes.get(sandboxDefaultId);
    if (!sandbox) throw new Error('The default sandbox is missing');
    return sandbox;
  }
}
