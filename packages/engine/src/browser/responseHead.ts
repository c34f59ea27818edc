import { type CorsProblem, corsProblem } from './corsProblem.ts';
import { type BrowserName, browserLabels } from './fetchTypes.ts';
import type { ServerResponse } from './../http/httpTypes.ts';
import { specLink } from './specLink.ts';
import type { StepLog } from './stepLog.ts';

/**
 * A server response with what only its raw bytes show. A server that knows its exact status line (a
 * scripted one) passes it, so that a malformed line is judged as the browser's HTTP parser judges it.
 */
export interface ResponseHeadWire extends ServerResponse {
  /** The exact first line, e.g. `HTTP/1.0 200 OK`; default a well-formed `HTTP/1.1 <status> <reason>`. */
  statusLine?: string;
}

/** Why the browser's network stack refused a response before any CORS check. */
export interface ResponseHeadProblem {
  /** Chromium's net error name, as its console prints it after `net::`. */
  netError: string;
  /** One plain sentence: what is wrong with the bytes and what the browser does about it. */
  reason: string;
}

/** Reason phrases as node:http (so Express and the conformance server) sends them; `unknown` otherwise. */
const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: "I'm a Teapot",
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

/** The reason phrase the response carried (Chromium quotes it in its console line for an error status). */
export function responseHeadReason(response: ServerResponse): string {
  const line = (response as ResponseHeadWire).statusLine;
  if (line !== undefined) return /^\S*[ \t]+\d*[ \t]*(.*)$/.exec(line)?.[1] ?? '';
  return reasonPhrases[response.status] ?? 'unknown';
}

const invalidResponse = 'ERR_INVALID_HTTP_RESPONSE';

/** What each browser takes for the start of a status line (WebKitGTK's libsoup speaks only HTTP/1.x). */
const statusLineProtocols: Record<BrowserName, { pattern: RegExp; words: string }> = {
  chromium: { pattern: /^http\//i, words: 'HTTP/ in any case' },
  firefox: { pattern: /^HTTP\//, words: 'exactly HTTP/' },
  webkit: { pattern: /^HTTP\/1\.\d /, words: 'exactly HTTP/1.x' },
};

/**
 * What happens to a response before CORS looks at it, as observed in Chromium 156 and Firefox ESR 153:
 * a NUL byte in any header value fails the response in both; a status line that does not start with
 * the protocol name is refused (Chromium reads `http/` case-insensitively, Firefox only `HTTP/`);
 * Firefox refuses a status code of more than three digits, Chromium takes any number (2000, 99); and
 * Chromium, talking to the server directly, treats 407 Proxy Authentication Required as a network
 * error while Firefox hands it on as an ordinary status. WebKitGTK (observed in 2.50) also refuses NUL
 * and reads only `HTTP/1.x` status lines with a three-digit code from 100 up, and passes 407 on as
 * Firefox does. Null when the response gets through.
 */
export function responseHeadCheck(
  response: ServerResponse,
  browser: BrowserName,
): ResponseHeadProblem | null {
  const statusLine = (response as ResponseHeadWire).statusLine;
  const name = browserLabels[browser];
  const protocol = statusLineProtocols[browser];
  if (statusLine !== undefined && !protocol.pattern.test(statusLine)) {
    return {
      netError: invalidResponse,
      reason: `The response's first line ${JSON.stringify(statusLine)} is not an HTTP status line (${protocol.words}), so ${name} refuses the response as a network error before any CORS check.`,
    };
  }
  const nul = response.headers.find(([, value]) => value.includes('\0'));
  if (nul) {
    return {
      netError: invalidResponse,
      reason: `The value of the response header ${nul[0]} contains a NUL byte, which HTTP forbids: ${name} discards the whole response as a network error before any CORS check.`,
    };
  }
  if (browser === 'firefox' && response.status > 999) {
    return {
      netError: invalidResponse,
      reason: `The status code ${response.status} has more than three digits: Firefox refuses the response as a network error before any CORS check.`,
    };
  }
  if (browser === 'webkit' && (response.status < 100 || response.status > 999)) {
    return {
      netError: invalidResponse,
      reason: `The status code ${response.status} is not three digits from 100 up: WebKit's HTTP stack refuses the response as a network error before any CORS check.`,
    };
  }
  if (browser === 'chromium' && response.status === 407) {
    return {
      netError: 'ERR_UNEXPECTED_PROXY_AUTH',
      reason: `The server answered 407 Proxy Authentication Required, but no proxy is in between: Chromium fails the fetch with a network error before any CORS check (Firefox passes 407 on as an ordinary status).`,
    };
  }
  return null;
}

/**
 * `responseHeadCheck` as a trace step: logs why the network stack refused the response (the failure
 * is below CORS, so the console shows a network error and no CORS message) and returns the problem.
 */
export function responseHeadRefusal(
  response: ServerResponse,
  browser: BrowserName,
  log: StepLog,
  exchange: number,
  preflight: boolean,
): CorsProblem | null {
  const problem = responseHeadCheck(response, browser);
  if (problem === null) return null;
  log.fail(
    preflight ? 'preflight.network' : 'response.network',
    problem.reason,
    specLink.networkError,
    exchange,
  );
  return corsProblem('invalid-response', problem.netError, preflight);
}
