import { STATUS_CODES } from 'node:http';
import type { HeaderList } from '../../packages/engine/src/browser/fetchTypes.ts';

/** A request head parsed by hand, for requests node:http's parser refuses. */
export interface ScriptServerRawRequest {
  method: string;
  target: string;
  /** Lower-cased names, in wire order. */
  headers: HeaderList;
}

/**
 * node:http (llhttp) accepts only the methods it knows, in upper case, and answers anything else with
 * a bare 400 before our handler runs. But `fetch(url, { method: 'patch' })` really sends `patch` (the
 * point of a scenario), so the harness reads such a request head from the raw bytes itself.
 */
export function scriptServerRawRequest(packet: Buffer): ScriptServerRawRequest | null {
  const text = packet.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [requestLine = '', ...lines] = text.slice(0, end).split('\r\n');
  const [method, target, version] = requestLine.split(' ');
  if (!method || !target || !version?.startsWith('HTTP/')) return null;
  const headers: HeaderList = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) return null;
    headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return { method, target, headers };
}

/** The bytes of a response with exactly these header lines, then the body. */
export function scriptServerRawResponse(status: number, headers: HeaderList, body: string): string {
  const lines = headers.map(([name, value]) => `${name}: ${value}\r\n`).join('');
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Unknown'}\r\n${lines}\r\n${body}`;
}
