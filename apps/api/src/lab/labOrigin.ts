import type { IncomingMessage, RequestListener, ServerResponse as NodeResponse } from 'node:http';
import express from 'express';
import type { ServerRequest } from '@cors-playground/engine';
import type { Sandbox } from '../sandbox/sandbox.ts';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import { labHeaders, labWrite } from '../shared/labWrite.ts';
import { labBodyError } from './labBodyError.ts';
import { labRespond, type LabExchange } from '../shared/labRespond.ts';

type LabAnswer = (sandbox: Sandbox, request: ServerRequest) => LabExchange;
type LabRequest = IncomingMessage & { body?: unknown };

/** Whether the request has a body to read, by the rule body-parser uses (so no parser runs without). */
function labHasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && !isNaN(Number(length)));
}

function labPlain(res: NodeResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/**
 * The lab API origin: every request goes through the sandbox's live policy, then the lab route. The
 * policy is read per request, so an edit applies to the very next one. A plain Node handler rather
 * than an Express app: it has one route, and Express's routing cost more than all the CORS work.
 */
export function labOrigin(store: SandboxStore, origin: string, bodyLimitBytes: number): RequestListener {
  // body-parser reads, decompresses and decodes bodies exactly as the Express version did.
  const bodyRead = express.text({ type: () => true, limit: bodyLimitBytes });

  const exchange = (req: LabRequest, res: NodeResponse, answer: LabAnswer) => {
    // Already answered by the server's timeout handling (labParserReject), which logged it.
    if (!req.socket.writable) return;
    const { sandbox, id, path } = store.sandboxForPath(req.url ?? '/');
    if (!sandbox) {
      labPlain(
        res,
        404,
        `No sandbox "${id}" on this server: open the playground with ?sandbox=${id} to create it. ` +
          'Sandboxes unused for a while are removed when the server needs room.\n',
      );
      return;
    }
    const request: ServerRequest = {
      method: req.method ?? 'GET',
      url: `${origin}${path}`,
      headers: labHeaders(req),
      body: typeof req.body === 'string' && req.body.length > 0 ? req.body : null,
    };
    const { response, event } = answer(sandbox, request);
    sandbox.eventRecord(event);
    labWrite(req, res, response);
  };

  const exchangeSafely = (req: LabRequest, res: NodeResponse, answer: LabAnswer) => {
    try {
      exchange(req, res, answer);
    } catch (error) {
      console.error('Lab API error:', error);
      if (res.headersSent) res.destroy();
      else labPlain(res, 500, 'Internal error: the server log has the details.\n');
    }
  };

  const answerRoute: LabAnswer = (sandbox, request) => labRespond(sandbox.policy, request);

  return (req: LabRequest, res) => {
    if (!labHasBody(req)) {
      exchangeSafely(req, res, answerRoute);
      return;
    }
    bodyRead(req as express.Request, res as express.Response, (error?: unknown) => {
      if (!error) {
        exchangeSafely(req, res, answerRoute);
        return;
      }
      // A body that cannot be read still gets the policy's CORS headers and a log entry: the page that
      // sent it must be able to read why, and "what the server saw" must show it.
      const { response, note } = labBodyError(error, bodyLimitBytes);
      exchangeSafely(req, res, (sandbox, request) =>
        labRespond(sandbox.policy, { ...request, body: null }, () => response, note),
      );
    });
  };
}
