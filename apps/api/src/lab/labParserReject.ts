import type { Socket } from 'node:net';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { headerListGet, labParserRejection, type HeaderList } from '@cors-playground/engine';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import { labHeaders, labHeadersFromRaw } from '../shared/labWrite.ts';

/** How Node's own `clientError` handling answers each parser error, and what we tell the learner. */
function labParserVerdict(code: string | undefined): { status: number; note: string } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      note:
        "The request's headers are larger than Node accepts (16 KiB in all by default, --max-http-header-size), " +
        'so Node answered 431 before any handler or CORS middleware ran: no CORS headers came back.',
    };
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return {
      status: 408,
      note:
        'The request did not arrive in full within the server’s request timeout, so Node answered 408 ' +
        'itself, not the route or any CORS middleware: no CORS headers came back.',
    };
  }
  const why = code === 'HPE_INVALID_METHOD' ? ' Node accepts only upper-case, known methods.' : '';
  return {
    status: labParserRejection.status,
    note:
      `Node's HTTP parser rejected this request (${code ?? 'parse error'}) before any handler or CORS ` +
      `middleware ran: it answered 400 with no CORS headers.${why}`,
  };
}

/**
 * Node's HTTP parser rejects some requests a browser really sends (a lower-case `patch`, an unknown
 * method, oversized headers) before any handler runs. We answer exactly as Node would, and still log
 * the request, so "what the server saw" shows it and explains why no CORS header came back.
 */
export function labParserReject(store: SandboxStore, origin: string) {
  return (error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket): void => {
    const pending = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    // A client that went away, or a response already under way: nothing to say, as in Node.
    if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
      socket.destroy();
      return;
    }
    const { status, note } = labParserVerdict(error.code);
    // A request that timed out while its body trickled in was parsed already: log it as received.
    const { method, target, headers } = pending
      ? labParserPending(pending.req)
      : labParserRaw(error.rawPacket?.toString('latin1') ?? '');
    const { sandbox, path } = store.sandboxForPath(target);
    if (sandbox && method) {
      sandbox.eventRecord({
        kind: 'actual',
        method,
        url: `${origin}${path}`,
        origin: headerListGet(headers, 'origin'),
        requestHeaders: headers,
        status,
        responseHeaders: [...labParserRejection.headers],
        notes: [note],
      });
    }
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\n\r\n`);
  };
}

interface LabParserRequest {
  method: string;
  target: string;
  headers: HeaderList;
}

/** What the parser had read when it gave up: the request line and whole header lines. */
function labParserRaw(raw: string): LabParserRequest {
  const [requestLine = '', ...lines] = raw.split('\r\n');
  const [method = '', target = '/'] = requestLine.split(' ');
  const rawHeaders: string[] = [];
  for (const line of lines) {
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon > 0) rawHeaders.push(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  // The same filter as a parsed request's: the workshop's credentials never reach the log.
  return { method, target, headers: labHeadersFromRaw(rawHeaders) };
}

function labParserPending(req: IncomingMessage): LabParserRequest {
  return { method: req.method ?? '', target: req.url ?? '/', headers: labHeaders(req) };
}
