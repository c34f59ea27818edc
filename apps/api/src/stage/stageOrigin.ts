import express, { type Express, type Router } from 'express';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import { errorHandlerFinal } from '../shared/errorHandlerFinal.ts';
import { attackerSeat } from './attackerSeat.ts';
import type { ChallengeBoard } from './challengeBoard.ts';
import { cookieRulesRouter } from './cookieRules.ts';
import type { StageTopology } from '@cors-playground/protocol';
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
export function stageOrigin(store: SandboxStore, board: ChallengeBoard, hosts: StageTopology): Express {
  const app = express();
  app.disable('x-powered-by');
  // Every seat is a host name: a request without one (HTTP/1.0 allows that) addresses nobody.
  app.use((req, res, next) => {
    if (req.hostname) return next();
    res.status(400).set('cache-control', 'no-store').type('text/plain').send('A Host header is required.\n');
  });
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.use('/cookie-rules', cookieRulesRouter());
  app.use(stageForHosts([hosts.victimApi], victimApi(store, board)));
  app.use(stageForHosts([hosts.victimCdn], victimCdn(store, board)));
  app.use(stageForHosts([hosts.victimApp], victimApp(store, board)));
  app.use(stageForHosts(Object.values(hosts.attackers), attackerSeat(store, board)));
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(errorHandlerFinal('Challenge stage'));
  return app;
}
