import type { Socket } from 'node:net';
import { labParserRejection, type HeaderList } from '@cors-playground/engine';
import type { SandboxStore } from './sandboxStore.ts';

/**
 * Node's HTTP parser rejects some requests a browser really sends (a lower-case `patch`, an unknown
 * method) with a bare 400 before any handler runs. We answer exactly as Node would, and still log the
 * request, so "what the server saw" shows it and explains why no CORS header came back.
 */
export function labParserReject(store: SandboxStore, origin: string) {
  return (error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket): void => {
    const raw = error.rawPacket?.toString('latin1') ?? '';
    const [requestLine = '', ...lines] = raw.split('\r\n');
    const [method = '', target = '/'] = requestLine.split(' ');
    const headers: HeaderList = [];
    for (const line of lines) {
      if (line === '') break;
      const colon = line.indexOf(':');
      if (colon > 0) headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
    }
    const { sandbox, path } = store.sandboxForPath(target);
    if (sandbox && method) {
      sandbox.eventRecord({
        kind: 'actual',
        method,
        url: `${origin}${path}`,
        origin: headers.find(([name]) => name.toLowerCase() === 'origin')?.[1] ?? null,
        requestHeaders: headers,
        status: labParserRejection.status,
        responseHeaders: [...labParserRejection.headers],
        notes: [
          `Node's HTTP parser rejected this request (${error.code ?? 'parse error'}) before any handler or CORS ` +
            'middleware ran: it answered 400 with no CORS headers. Node accepts only upper-case, known methods.',
        ],
      });
    }
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  };
}
