import http from 'node:http';
import https from 'node:https';
import type { ServerRequest, ServerResponse, SimServer } from '@cors-playground/engine';

/** Options for talking to a real server. */
export interface HttpServerOptions {
  /** Milliseconds before a request counts as a network error. Default 10000. */
  timeoutMs?: number;
  /** Response body bytes kept for the trace. Default 64 KiB. */
  maxBody?: number;
}

/**
 * A SimServer that sends each request the simulator makes to the real server with node:http(s):
 * exactly the method, URL and headers the browser would send, and no automatic redirects (the
 * simulator follows them, with the browser's CORS checks on each hop).
 */
export function serverFromHttp(options: HttpServerOptions = {}): SimServer {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBody = options.maxBody ?? 65_536;
  return (request: ServerRequest) =>
    new Promise<ServerResponse>((resolve, reject) => {
      const url = new URL(request.url);
      const client = url.protocol === 'https:' ? https : http;
      // Repeated names stay separate lines on the wire, as the browser would send them.
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of request.headers) {
        const prior = headers[name];
        headers[name] = prior === undefined ? value : [...(Array.isArray(prior) ? prior : [prior]), value];
      }
      const req = client.request(url, { method: request.method, headers, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < maxBody) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => {
          const raw = res.rawHeaders;
          const pairs: Array<[string, string]> = [];
          for (let i = 0; i + 1 < raw.length; i += 2)
            pairs.push([(raw[i] ?? '').toLowerCase(), raw[i + 1] ?? '']);
          resolve({
            status: res.statusCode ?? 0,
            headers: pairs,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`no answer from ${url.host} within ${timeoutMs} ms`)));
      req.on('error', reject);
      if (request.body !== null) req.write(request.body);
      req.end();
    });
}
