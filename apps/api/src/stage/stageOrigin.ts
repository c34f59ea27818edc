import express, { type Express, type Router } from 'express';
import { challengeVictimCdn } from '@cors-playground/engine';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import { errorHandlerFinal } from '../start/errorHandlerFinal.ts';
import { attackerSeat } from './attackerSeat.ts';
import type { ChallengeBoard } from './challengeBoard.ts';
import { cookieRulesRouter } from './cookieRules.ts';
import type { StageHosts } from './stageHosts.ts';
import { victimApi } from './victimApi.ts';
import { victimApp } from './victimApp.ts';
import { victimCdn } from './victimCdn.ts';

/** Runs `router` only for requests to one of `hosts` (the host name decides who is speaking). */
function stageForHosts(hosts: string[], router: Router | express.RequestHandler[]): Router {
  const gate = express.Router();
  gate.use((req, _res, next) => next(hosts.includes(req.hostname.toLowerCase()) ? undefined : 'router'));
  gate.use(router);
  return gate;
}

/**
 * The challenge stage: one port, many host names (see `stageHosts`): the victim's app and API, the
 * attacker's seats. The cookie-rule matrix answers on every name, because the page's host name is
 * exactly what it varies.
 */
export function stageOrigin(store: SandboxStore, board: ChallengeBoard, hosts: StageHosts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.use('/cookie-rules', cookieRulesRouter());
  app.use(stageForHosts([hosts.victimApi], victimApi(store, board)));
  app.use(stageForHosts([hosts.victimCdn], victimCdn(store, board)));
  app.use(
    stageForHosts([hosts.victimApp], victimApp(board.stage.victimApi, challengeVictimCdn(board.stage))),
  );
  app.use(stageForHosts(Object.values(hosts.attackers), attackerSeat(store, board)));
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(errorHandlerFinal('Challenge stage'));
  return app;
}
