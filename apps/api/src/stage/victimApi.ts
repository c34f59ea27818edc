import express, { type RequestHandler } from 'express';
import { victimRoute, type ServerRequest } from '@cors-playground/engine';
import { labHeaders, labWrite } from '../lab/labOrigin.ts';
import { labRespond } from '../lab/labRespond.ts';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import type { ChallengeBoard } from './challengeBoard.ts';

/** Largest request body the victim's API reads (a transfer is a few bytes). */
const victimBodyBytes = 16 * 1024;

function victimPlain(res: express.Response, status: number, text: string): void {
  res.status(status).set('cache-control', 'no-store').type('text/plain').send(text);
}

/**
 * The victim's API on its own host name: every answer goes through the sandbox's live policy (the
 * engine's `serverRespond`, like the lab API) around the victim's routes, and is logged like a lab
 * request, so "what the server saw" shows the attack too.
 */
export function victimApi(store: SandboxStore, board: ChallengeBoard): RequestHandler[] {
  const { victimApi: apiOrigin, victimApp: appOrigin } = board.stage;
  const answer: RequestHandler = (req, res) => {
    const { sandbox, id, path } = store.sandboxForPath(req.originalUrl);
    const progress = sandbox && board.progressOf(sandbox);
    if (!sandbox || !progress) {
      victimPlain(res, 404, `No challenge started in sandbox "${id}": start one on the Challenges page.\n`);
      return;
    }
    store.sandboxTouch(sandbox);
    const request: ServerRequest = {
      method: req.method,
      url: `${apiOrigin}${path}`,
      headers: labHeaders(req),
      body: typeof req.body === 'string' && req.body.length > 0 ? req.body : null,
    };
    const prefix = `/s/${encodeURIComponent(id)}/`;
    const { response, event } = labRespond(sandbox.policy, request, (routed) =>
      victimRoute(progress.victim, routed, { appUrl: `${appOrigin}${prefix}`, cookiePath: prefix }),
    );
    sandbox.eventRecord(event);
    progress.transfersCheck();
    labWrite(req, res, response);
  };
  return [express.text({ type: () => true, limit: victimBodyBytes }), answer];
}
