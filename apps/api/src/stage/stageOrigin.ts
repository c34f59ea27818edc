import express, { type Express } from 'express';
import { errorHandlerFinal } from '../start/errorHandlerFinal.ts';
import { cookieRulesRouter } from './cookieRules.ts';

/**
 * The challenge stage: one port, many host names (see `stageHosts`). The cookie-rule matrix answers on
 * every name, because the page's host name is exactly what it varies.
 */
export function stageOrigin(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.use('/cookie-rules', cookieRulesRouter());
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(errorHandlerFinal('Challenge stage'));
  return app;
}
