import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { HeaderList, ServerRequest, ServerResponse } from '@cors-playground/engine';
import { labBodyError } from './labBodyError.ts';
import { labRespond } from './labRespond.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';

function labHeaders(req: Request): HeaderList {
  const headers: HeaderList = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    headers.push([req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '']);
  }
  return headers;
}

/** The one place the lab API writes a response. */
function labWrite(req: Request, res: Response, response: ServerResponse): void {
  res.status(response.status);
  for (const [name, value] of response.headers) res.append(name, value);
  res.end(req.method === 'HEAD' ? undefined : (response.body ?? ''));
}

function labNoSandbox(res: Response, id: string): void {
  res
    .status(404)
    .set('cache-control', 'no-store')
    .type('text/plain')
    .send(
      `No sandbox "${id}" on this server: open the playground with ?sandbox=${id} to create it. ` +
        'Sandboxes unused for a while are removed when the server needs room.\n',
    );
}

/**
 * The lab API origin: every request goes through the sandbox's live policy, then the lab route. The
 * policy is read per request, so an edit applies to the very next one.
 */
export function labOrigin(store: SandboxStore, origin: string, bodyLimitBytes: number): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  const exchange = (
    req: Request,
    res: Response,
    answer: (sandbox: Sandbox, request: ServerRequest) => ReturnType<typeof labRespond>,
  ) => {
    // Already answered by the server's timeout handling (labParserReject), which logged it.
    if (!req.socket.writable) return;
    const { sandbox, id, path } = store.sandboxForPath(req.originalUrl);
    if (!sandbox) {
      labNoSandbox(res, id);
      return;
    }
    const request: ServerRequest = {
      method: req.method,
      url: `${origin}${path}`,
      headers: labHeaders(req),
      body: typeof req.body === 'string' && req.body.length > 0 ? req.body : null,
    };
    const { response, event } = answer(sandbox, request);
    sandbox.eventRecord(event);
    labWrite(req, res, response);
  };
  app.use(express.text({ type: () => true, limit: bodyLimitBytes }));
  app.use((req, res) => exchange(req, res, (sandbox, request) => labRespond(sandbox.policy, request)));
  // A body that cannot be read still gets the policy's CORS headers and a log entry: the page that
  // sent it must be able to read why, and "what the server saw" must show it.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const { response, note } = labBodyError(error, bodyLimitBytes);
    exchange(req, res, (sandbox, request) =>
      labRespond(sandbox.policy, { ...request, body: null }, () => response, note),
    );
  });
  return app;
}
