import express, { type Express, type Request } from 'express';
import type { HeaderList, ServerRequest } from '@cors-playground/engine';
import type { SandboxStore } from './sandboxStore.ts';
import { labRespond } from './labRespond.ts';

function labHeaders(req: Request): HeaderList {
  const headers: HeaderList = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    headers.push([req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '']);
  }
  return headers;
}

/**
 * The lab API origin: every request goes through the sandbox's live policy, then the lab route. The
 * policy is read per request, so an edit applies to the very next one.
 */
export function labOrigin(store: SandboxStore, origin: string): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(express.text({ type: () => true, limit: '1mb' }));
  app.use((req, res) => {
    const { sandbox, path: rest } = store.sandboxForPath(req.path);
    if (!sandbox) {
      res.status(404).type('text/plain').send('No such sandbox');
      return;
    }
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const request: ServerRequest = {
      method: req.method,
      url: `${origin}${rest}${query}`,
      headers: labHeaders(req),
      body: typeof req.body === 'string' && req.body.length > 0 ? req.body : null,
    };
    const { response, event } = labRespond(sandbox.policy, request);
    sandbox.eventRecord(event);
    // The one place the lab API writes a response.
    res.status(response.status);
    for (const [name, value] of response.headers) res.append(name, value);
    res.end(request.method === 'HEAD' ? undefined : (response.body ?? ''));
  });
  return app;
}
