import type express from 'express';
import type { Sandbox } from '../sandbox/sandbox.ts';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import type { ChallengeBoard } from './challengeBoard.ts';
import type { ChallengeProgress } from './challengeProgress.ts';

/** A sandbox with a challenge started, and the path asked for in it. */
export interface StageTarget {
  sandbox: Sandbox;
  progress: ChallengeProgress;
  /** The sandbox's id, as in its URLs. */
  id: string;
  /** The path after the sandbox's prefix, with the query. */
  path: string;
}

/**
 * Finds the sandbox and challenge a stage request is for, or answers 404 and returns undefined. Every
 * stage route that serves a sandbox's challenge starts here: the victim's API, its CDN, the attacker's
 * pages.
 */
export function stageTarget(
  store: SandboxStore,
  board: ChallengeBoard,
  req: express.Request,
  res: express.Response,
): StageTarget | undefined {
  const { sandbox, id, path } = store.sandboxForPath(req.originalUrl);
  const progress = sandbox && board.progressOf(sandbox);
  if (!sandbox || !progress) {
    res
      .status(404)
      .set('cache-control', 'no-store')
      .type('text/plain')
      .send(`No challenge started in sandbox "${id}": start one on the Challenges page.\n`);
    return undefined;
  }
  store.sandboxTouch(sandbox);
  return { sandbox, progress, id, path };
}
