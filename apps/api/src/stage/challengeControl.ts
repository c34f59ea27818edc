import type { Request, RequestHandler, Response, Router } from 'express';
import type { Sandbox } from '../sandbox/sandbox.ts';
import type { ChallengeBoard } from './challengeBoard.ts';
import { challengeLimits } from './challengeProgress.ts';

type SandboxParam = (req: Request, res: Response) => Sandbox | undefined;

/**
 * The challenges' control plane, under the control router's guard: start a challenge (its vulnerable
 * policy goes live), read its progress, edit the attack page.
 */
export function challengeControl(
  router: Router,
  sandboxParam: SandboxParam,
  board: ChallengeBoard,
  jsonBody: RequestHandler,
): void {
  const statusSend = (res: Response, sandbox: Sandbox) => {
    res.json(board.progressOf(sandbox)?.status(sandbox.policy) ?? null);
  };
  router.get('/sandboxes/:sandbox/challenge', (req, res) => {
    const sandbox = sandboxParam(req, res);
    if (sandbox) statusSend(res, sandbox);
  });
  router.put('/sandboxes/:sandbox/challenge', jsonBody, (req, res) => {
    const sandbox = sandboxParam(req, res);
    if (!sandbox) return;
    const id: unknown = (req.body as { challengeId?: unknown } | undefined)?.challengeId;
    if (typeof id !== 'string' || !board.start(sandbox, id)) {
      res.status(400).json({
        error: 'Unknown challenge',
        errors: [{ path: 'challengeId', message: 'must name a challenge' }],
      });
      return;
    }
    statusSend(res, sandbox);
  });
  router.put('/sandboxes/:sandbox/challenge/exploit', jsonBody, (req, res) => {
    const sandbox = sandboxParam(req, res);
    if (!sandbox) return;
    const progress = board.progressOf(sandbox);
    const exploit: unknown = (req.body as { exploit?: unknown } | undefined)?.exploit;
    if (!progress) {
      res.status(409).json({ error: 'No challenge started in this sandbox' });
      return;
    }
    if (typeof exploit !== 'string' || exploit.length > challengeLimits.exploitChars) {
      const message = `must be a string of at most ${challengeLimits.exploitChars} characters`;
      res.status(400).json({ error: 'Invalid exploit', errors: [{ path: 'exploit', message }] });
      return;
    }
    progress.exploit = exploit;
    statusSend(res, sandbox);
  });
}
