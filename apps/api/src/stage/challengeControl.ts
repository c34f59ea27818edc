import type { Request, RequestHandler, Response, Router } from 'express';
import type { Sandbox } from '../sandbox/sandbox.ts';
import type { ChallengeBoard } from './challengeBoard.ts';
import { challengeLimits, type ChallengeProgress } from './challengeProgress.ts';

type SandboxParam = (req: Request, res: Response) => Sandbox | undefined;

/**
 * The challenges' control plane, under the control router's guard: start a challenge (its vulnerable
 * policy goes live), read its progress and every attempt, edit the attack page.
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
  // Every challenge's attempt, started or not running now: what the challenge list shows.
  router.get('/sandboxes/:sandbox/challenge/attempts', (req, res) => {
    const sandbox = sandboxParam(req, res);
    if (sandbox) res.json(board.attemptsOf(sandbox).all);
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
  /**
   * A change to the sandbox's running challenge: `field` of the JSON body, checked by `valid` (else a
   * 400 naming the field), applied by `apply`; a 409 when no challenge runs.
   */
  const progressChange = <T>(
    field: string,
    valid: (value: unknown) => value is T,
    rule: string,
    apply: (progress: ChallengeProgress, value: T) => void,
  ): RequestHandler => {
    return (req, res) => {
      const sandbox = sandboxParam(req, res);
      if (!sandbox) return;
      const progress = board.progressOf(sandbox);
      const value: unknown = (req.body as Record<string, unknown> | undefined)?.[field];
      if (!progress) {
        res.status(409).json({ error: 'No challenge started in this sandbox' });
        return;
      }
      if (!valid(value)) {
        res.status(400).json({ error: `Invalid ${field}`, errors: [{ path: field, message: rule }] });
        return;
      }
      apply(progress, value);
      statusSend(res, sandbox);
    };
  };
  // The CDN's two operator buttons (PUT: the control plane refuses simple methods): expire (every
  // entry goes stale, its next use revalidates) and purge.
  router.put(
    '/sandboxes/:sandbox/challenge/cdn',
    jsonBody,
    progressChange(
      'action',
      (value): value is 'expire' | 'purge' => value === 'expire' || value === 'purge',
      "must be 'expire' or 'purge'",
      (progress, action) => {
        if (action === 'purge') progress.cdn.purge();
        else progress.cdn.expireAll();
      },
    ),
  );
  router.put(
    '/sandboxes/:sandbox/challenge/exploit',
    jsonBody,
    progressChange(
      'exploit',
      (value): value is string => typeof value === 'string' && value.length <= challengeLimits.exploitChars,
      `must be a string of at most ${challengeLimits.exploitChars} characters`,
      (progress, exploit) => {
        progress.exploit = exploit;
      },
    ),
  );
}
