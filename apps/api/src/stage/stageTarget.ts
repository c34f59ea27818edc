import type express from 'express';
import { sandboxLabPathParse } from '@cors-playground/protocol';
import type { Sandbox } from '../sandbox/sandbox.ts';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import type { ChallengeBoard } from './challengeBoard.ts';
import type { ChallengeProgress } from './challengeProgress.ts';

/** A sandbox with a challenge started, and the path asked for in it. */
export interface StageTarget {
  sandbox: Sandbox;
  progress: ChallengeProgress;
  /** The run's stage token, as in its URLs (`/s/<token>/…`). */
  token: string;
  /** The path after the token's prefix, with the query. */
  path: string;
}

/**
 * Finds the sandbox and challenge a stage request is for, by the stage token in its path (see
 * `ChallengeProgress.stageToken`), or answers 404 and returns undefined. A sandbox id is not a token:
 * it addresses nothing here. Every stage route that serves a sandbox's challenge starts here: the
 * victim's app, API and CDN, the attacker's pages.
 */
export function stageTarget(
  store: SandboxStore,
  board: ChallengeBoard,
  req: express.Request,
  res: express.Response,
): StageTarget | undefined {
  // The lab API's `/s/<segment>/…` grammar (without it, `default`: never a token).
  const { sandbox: token, path } = sandboxLabPathParse(req.originalUrl);
  const run = board.runOf(token);
  // A run whose sandbox the store has since evicted is over, whatever its token.
  if (!run || !store.sandboxHolds(run.sandbox)) {
    res
      .status(404)
      .set('cache-control', 'no-store')
      .type('text/plain')
      .send(
        'No challenge runs at this address: start one on the Challenges page, and use the links it ' +
          'gives (each start makes new ones).\n',
      );
    return undefined;
  }
  store.sandboxTouch(run.sandbox);
  return { ...run, token, path };
}
