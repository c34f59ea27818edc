import type { Request, RequestHandler, Response, Router } from 'express';
import type { Policy } from '@cors-playground/engine';
import { policyChangeLabelDefault, policyChangeLabelMaxLength } from '@cors-playground/protocol';
import type { Sandbox } from '../sandbox/sandbox.ts';

type SandboxParam = (req: Request, res: Response) => Sandbox | undefined;

/**
 * Keeps a policy about to go live across restarts (a workshop participant's), if anywhere; false when
 * it is too large to keep, and must not go live.
 */
export type PolicySave = (sandbox: Sandbox, policy: Policy) => boolean;

/**
 * What a `PUT …/policy` says about itself (`?by=Preset 'Strict'`), so the history can say what
 * replaced a policy; undefined (after a 400 naming `by`) when it is not a short line of text.
 */
export function policyChangeLabel(req: Request, res: Response): string | undefined {
  const by: unknown = req.query.by;
  if (by === undefined) return policyChangeLabelDefault;
  if (
    typeof by === 'string' &&
    by.trim() !== '' &&
    by.length <= policyChangeLabelMaxLength &&
    ![...by].some((char) => char < ' ')
  )
    return by.trim();
  res.status(400).json({
    error: 'Invalid change label',
    errors: [{ path: 'by', message: `must be one line of 1 to ${policyChangeLabelMaxLength} characters` }],
  });
  return undefined;
}

/**
 * The policy history's control routes: list what the sandbox had before, and bring one of those (or
 * the sandbox's default) back. Bringing one back is itself a change the history keeps, so it can be undone.
 */
export function policyHistoryControl(
  router: Router,
  sandboxParam: SandboxParam,
  jsonBody: RequestHandler,
  save: PolicySave,
): void {
  const historyGet: RequestHandler = (req, res) => {
    const sandbox = sandboxParam(req, res);
    if (sandbox) res.json(sandbox.policyHistory.entries);
  };
  const restorePut: RequestHandler = (req, res) => {
    const sandbox = sandboxParam(req, res);
    if (!sandbox) return;
    const id: unknown = (req.body as { id?: unknown } | undefined)?.id;
    const entry = typeof id === 'number' ? sandbox.policyHistory.entryFind(id) : undefined;
    if (id !== 'default' && !entry) {
      res.status(400).json({
        error: 'Unknown history entry',
        errors: [{ path: 'id', message: "must be the id of an entry of the policy history, or 'default'" }],
      });
      return;
    }
    const policy = entry ? (entry.policy as Policy) : sandbox.policyDefault;
    const by = entry ? `Restoring the policy replaced by ${entry.replacedBy}` : 'Restore default';
    if (!save(sandbox, policy)) {
      res.status(413).json({ error: 'Policy too large to keep in the workshop' });
      return;
    }
    sandbox.policyReplace(policy, by);
    res.json(policy);
  };
  router.get('/policy/history', historyGet);
  router.put('/policy/restore', jsonBody, restorePut);
  router.get('/sandboxes/:sandbox/policy/history', historyGet);
  router.put('/sandboxes/:sandbox/policy/restore', jsonBody, restorePut);
}
