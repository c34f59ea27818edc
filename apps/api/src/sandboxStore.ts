import type { Policy } from '@cors-playground/engine';
import { Sandbox } from './sandbox.ts';

export const sandboxDefaultId = 'default';
/** Sandbox ids are URL path segments: keep them short and plain. */
export const sandboxIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
/** Caps memory if a script creates sandboxes in a loop. */
const sandboxLimit = 1000;
/** `/s/<sandbox>/path` addresses a sandbox on the lab API; plain paths use the default one. */
const sandboxPathPrefix = /^\/s\/([A-Za-z0-9_-]{1,64})(\/.*)?$/;

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

  /**
   * The sandbox a lab API path (or path + query) addresses and the path as that sandbox sees it;
   * `sandbox` is undefined for an unknown sandbox.
   */
  sandboxForPath(path: string): { sandbox: Sandbox | undefined; path: string } {
    const match = sandboxPathPrefix.exec(path);
    if (!match) return { sandbox: this.sandboxDefault, path };
    return { sandbox: this.sandboxes.get(match[1] ?? ''), path: match[2] ?? '/' };
  }

  get sandboxDefault(): Sandbox {
    const sandbox = this.sandboxes.get(sandboxDefaultId);
    if (!sandbox) throw new Error('The default sandbox is missing');
    return sandbox;
  }
}
