import type { Request, RequestHandler, Response, Router } from 'express';
import { labSendTokenRule, labSendTokenSchema, type LabSendClosed } from '@cors-playground/protocol';
import type { Sandbox } from '../sandbox/sandbox.ts';

type SandboxParam = (req: Request, res: Response) => Sandbox | undefined;

/**
 * A playground Send's bracket: opened before its fetch, so every request the sandbox records meanwhile
 * carries its token; closed once the fetch settled, answering how many requests it got. The server
 * records a request before answering it, so by then every one of them is in the event stream: the tab
 * knows its send is complete when it holds that many, whatever the browser chose to send.
 */
export function sendControl(router: Router, sandboxParam: SandboxParam, jsonBody: RequestHandler): void {
  const sendPut: RequestHandler = (req, res) => {
    const token = labSendTokenSchema.safeParse(req.params.token);
    if (!token.success) {
      res.status(400).json({
        error: 'Invalid send token',
        errors: [{ path: 'token', message: labSendTokenRule }],
      });
      return;
    }
    const open: unknown = (req.body as { open?: unknown } | undefined)?.open;
    if (typeof open !== 'boolean') {
      res
        .status(400)
        .json({ error: 'Invalid send', errors: [{ path: 'open', message: 'must be a boolean' }] });
      return;
    }
    const sandbox = sandboxParam(req, res);
    if (!sandbox) return;
    if (open) {
      sandbox.sends.open(token.data);
      res.status(204).end();
      return;
    }
    const events = sandbox.sends.close(token.data);
    if (events === undefined) {
      res.status(404).json({ error: `No open send ${token.data} in sandbox ${sandbox.id}` });
      return;
    }
    res.json({ events } satisfies LabSendClosed);
  };
  router.put('/sandboxes/:sandbox/sends/:token', jsonBody, sendPut);
}
