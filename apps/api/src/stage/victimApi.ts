import express, { type RequestHandler } from 'express';
import { stageTokenPath } from '@cors-playground/protocol';
import { victimRoute, type ServerRequest, type ServerResponse } from '@cors-playground/engine';
import { labHeaders, labWrite } from '../shared/labWrite.ts';
import { labRespond } from '../shared/labRespond.ts';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import type { ChallengeBoard } from './challengeBoard.ts';
import { stageTarget, type StageTarget } from './stageTarget.ts';

/** Largest request body the victim's API reads (a transfer is a few bytes). */
export const victimBodyBytes = 16 * 1024;

/**
 * The victim's API answering one request: the sandbox's live policy (the engine's `serverRespond`, like
 * the lab API) around the victim's routes, logged like a lab request so "what the server saw" shows
 * the attack too.
 */
export function victimAnswer(
  board: ChallengeBoard,
  target: StageTarget,
  request: ServerRequest,
): ServerResponse {
  const { victimApp: appOrigin } = board.stage;
  const prefix = stageTokenPath(target.token, '/');
  const transfersBefore = target.progress.victim.transfers.length;
  const { response, event } = labRespond(target.sandbox.policy, request, (routed) =>
    victimRoute(target.progress.victim, routed, { appUrl: `${appOrigin}${prefix}`, cookiePath: prefix }),
  );
  target.sandbox.eventRecord(event);
  const path = request.url.slice(board.stage.victimApi.length);
  target.progress.apiAnswered(request, path, response, transfersBefore);
  return response;
}

/** The request body as text, or null (the parser leaves `{}` when there was none). */
export function victimBody(req: express.Request): string | null {
  return typeof req.body === 'string' && req.body.length > 0 ? req.body : null;
}

/** The body parser of every stage route that reads a body. */
export const victimBodyParser = express.text({ type: () => true, limit: victimBodyBytes });

/** The victim's API on its own host name. */
export function victimApi(store: SandboxStore, board: ChallengeBoard): RequestHandler[] {
  const answer: RequestHandler = (req, res) => {
    const target = stageTarget(store, board, req, res);
    if (!target) return;
    const request: ServerRequest = {
      method: req.method,
      url: `${board.stage.victimApi}${target.path}`,
      headers: labHeaders(req),
      body: victimBody(req),
    };
    labWrite(req, res, victimAnswer(board, target, request));
  };
  return [victimBodyParser, answer];
}
