import express, { type Express } from 'express';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { errorHandlerFinal } from '../shared/errorHandlerFinal.ts';
import { htmlEscape } from '../shared/htmlPage.ts';
import { otherSendPage } from './otherSendPage.ts';

function otherPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${htmlEscape(title)}</title></head><body>${body}</body></html>`;
}

/**
 * The "other site": pages an attacker or a third party would host. It answers on the same-site host
 * (localhost:5174) and on a cross-site host name (evil.localhost:5174); `/send` sends a playground
 * request from here.
 */
export function otherOrigin(config: PlaygroundConfig): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.get('/', (req, res) => {
    const here = htmlEscape(`${req.protocol}://${req.get('host') ?? ''}`);
    const appOrigin = htmlEscape(config.appOrigin);
    res
      .type('html')
      .send(
        otherPage(
          'Other site',
          `<h1>Other site</h1><p>You are on <code>${here}</code>, a page the playground ` +
            `(<a href="${appOrigin}">${appOrigin}</a>) does not control. Scripts here are cross-origin to ` +
            `the lab API <code>${htmlEscape(config.apiOrigin)}</code>.</p>`,
        ),
      );
  });
  app.get('/send', otherSendPage(config));
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(errorHandlerFinal('Other site'));
  return app;
}
