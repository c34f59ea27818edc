import type { RequestHandler } from 'express';
import type { ServerRequest } from '@cors-playground/engine';
import { labHeaders, labWrite } from '../shared/labWrite.ts';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import type { ChallengeBoard } from './challengeBoard.ts';
import { stageTarget } from './stageTarget.ts';
import { victimAnswer, victimBody, victimBodyParser } from './victimApi.ts';

/**
 * The bank's CDN on its own host name (`cdn.` beside `api.`): the sandbox's shared cache in front of
 * the victim's API. What it forwards reaches the API as a proxy's request (with `Via`), logged like
 * any other; what it serves from the cache never reaches the API at all. Browsers are told not to keep
 * copies (`Cache-Control: no-store`, as a CDN's "browser TTL" setting does), so everything cached is
 * in one place the challenge page shows and can purge.
 */
export function victimCdn(store: SandboxStore, board: ChallengeBoard): RequestHandler[] {
  const answer: RequestHandler = (req, res) => {
    const target = stageTarget(store, board, req, res);
    if (!target) return;
    const headers = labHeaders(req).filter(([name]) => !/^(host|connection)$/i.test(name));
    const cached = target.progress.cdn.fetch(
      { method: req.method, path: target.path, headers },
      (forwarded) => {
        const request: ServerRequest = {
          method: forwarded.method,
          url: `${board.stage.victimApi}${forwarded.path}`,
          headers: [...forwarded.headers, ['via', '1.1 cdn']],
          body: victimBody(req),
        };
        return victimAnswer(board, target, request);
      },
    );
    const { cacheStatus, ...response } = cached;
    const kept = response.headers.filter(([name]) => !/^(cache-control|age|x-cache)$/i.test(name));
    labWrite(req, res, {
      ...response,
      headers: [...kept, ['cache-control', 'no-store'], ['x-cache', cacheStatus]],
    });
  };
  return [victimBodyParser, answer];
}
