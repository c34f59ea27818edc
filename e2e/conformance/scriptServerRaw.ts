import { STATUS_CODES } from 'node:http';
import type { HeaderList } from '@cors-playground/engine';

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

/** The status line node:http writes for `status` (its reason phrase, `unknown` for codes it lacks). */
export function scriptServerRawStatusLine(status: number): string {
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'unknown'}`;
}

/**
 * The bytes of a response with exactly these header lines, then the body. `statusLine` replaces the
 * usual one. Latin-1, so that every code point below U+0100 is one byte on the wire, as scripted.
 */
export function scriptServerRawResponse(
  status: number,
  headers: HeaderList,
  body: string,
  statusLine: string = scriptServerRawStatusLine(status),
): Buffer {
  const lines = headers.map(([name, value]) => `${name}: ${value}\r\n`).join('');
  return Buffer.from(`${statusLine}\r\n${lines}\r\n${body}`, 'latin1');
}

const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// node:http refuses a value with any control byte but tab (NUL, VT, FF, …) and any name not a token.
const refusedValue = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Whether node:http would refuse to send this response as scripted (a status line of our own, a
 * status outside 100-999, a header name that is not a token, a value with control bytes), so that
 * the server must write the bytes itself.
 */
export function scriptServerRawNeeded(status: number, headers: HeaderList, statusLine?: string): boolean {
  if (statusLine !== undefined || !Number.isInteger(status) || status < 100 || status > 999) return true;
  return headers.some(([name, value]) => !token.test(name) || refusedValue.test(value));
}
