import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler } from 'express';

/**
 * The last error handler of an Express app. Express's own prints the stack trace and file paths into
 * the page; this one answers a client error with its status and a short text, and anything else with
 * a generic 500 while the details go to the server's log.
 */
export function errorHandlerFinal(server: string): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const status = (error as { status?: unknown } | null)?.status;
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!clientError) console.error(`${server} error:`, error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const code = clientError ? status : 500;
    res
      .status(code)
      .set('cache-control', 'no-store')
      .type('text/plain')
      .send(clientError ? (STATUS_CODES[code] ?? 'Bad request') : 'Internal error');
  };
}
