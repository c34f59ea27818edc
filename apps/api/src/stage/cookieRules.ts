import express, { type Router } from 'express';
import {
  cookieVariantHeader,
  cookieVariants,
  labRoute,
  policyParse,
  serverRespond,
  type Policy,
} from '@cors-playground/engine';
import { htmlEscape } from '../shared/htmlPage.ts';
import { labHeaders, labWrite } from '../shared/labWrite.ts';

/** Reflect any origin, `null` included, with credentials: the matrix measures cookies, not CORS. */
function cookieRulesPolicy(): Policy {
  const parsed = policyParse({ origin: { mode: 'reflect' }, credentials: true });
  if (!parsed.ok) throw new Error('The cookie-rule policy is invalid');
  return parsed.policy;
}

function cookieRulesHtml(title: string, body = ''): string {
  const text = htmlEscape(title);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${text}</title></head><body><h1>${text}</h1>${body}</body></html>`;
}

/**
 * The cookie-rule matrix's endpoints, on every host name of the stage (the host is the variable):
 * `set` stores one cookie per attribute combination, `page` is a document to fetch from (optionally
 * holding a sandboxed, opaque-origin frame), and `api/…` are the lab routes (`/echo`, `/redirect`)
 * behind a reflecting policy, so the page can read which cookies arrived.
 */
export function cookieRulesRouter(): Router {
  const router = express.Router();
  const policy = cookieRulesPolicy();
  router.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });
  router.get('/set', (req, res) => {
    const host = req.get('host') ?? '';
    res.set(
      'set-cookie',
      cookieVariants.map((variant) => cookieVariantHeader(variant, encodeURIComponent(host))),
    );
    res.type('html').send(cookieRulesHtml('Cookies set'));
  });
  router.get('/page', (req, res) => {
    const frame =
      req.query.frame === 'sandboxed' ? '<iframe sandbox="allow-scripts" src="page"></iframe>' : '';
    res.type('html').send(cookieRulesHtml('Cookie rules', frame));
  });
  router.all('/api/{*rest}', (req, res) => {
    const path = req.originalUrl.replace(/^\/cookie-rules\/api/, '');
    const request = {
      method: req.method,
      url: `http://${req.get('host') ?? 'localhost'}${path}`,
      headers: labHeaders(req),
      body: null,
    };
    labWrite(req, res, serverRespond(policy, labRoute, request).response);
  });
  return router;
}
