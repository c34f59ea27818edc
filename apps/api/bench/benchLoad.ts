/**
 * Load for the benchmarks, over loopback only and bounded in time and count: event-stream clients
 * (stalled or reading) and lab API traffic.
 */
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface BenchStreams {
  /** How many the server has closed. */
  closed(): number;
  /** Bytes received over all of them. */
  received(): number;
  destroy(): void;
}

/**
 * `paths.length` event-stream clients on the app origin. A stalled one reads the response headers and
 * then nothing, like a frozen tab: the server must buffer or drop it.
 */
export async function benchStreams(app: string, paths: string[], stalled: boolean): Promise<BenchStreams> {
  const url = new URL(app);
  let closed = 0;
  let received = 0;
  const sockets = await Promise.all(
    paths.map(
      (path) =>
        new Promise<Socket>((resolve, reject) => {
          const socket = connect(Number(url.port), url.hostname, () =>
            socket.write(`GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`),
          );
          socket.once('data', () => {
            if (stalled) socket.pause();
            resolve(socket);
          });
          socket.on('data', (chunk: Buffer) => (received += chunk.length));
          socket.once('close', () => closed++);
          socket.once('error', reject);
        }),
    ),
  );
  for (const socket of sockets) socket.on('error', () => {});
  return {
    closed: () => closed,
    received: () => received,
    destroy: () => sockets.forEach((socket) => socket.destroy()),
  };
}

export interface BenchLabLoad {
  /** Lab API origin. */
  api: string;
  /** Paths to request, taken in turn. */
  paths: string[];
  headers: Record<string, string>;
  concurrency: number;
  /** Stops after this long... */
  durationMs: number;
  /** ...or after this many requests, whichever comes first. */
  maxRequests: number;
}

export interface BenchLabResult {
  sent: number;
  statuses: Record<string, number>;
  seconds: number;
}

function benchLabOne(api: URL, agent: Agent, path: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const req = request(
      { host: api.hostname, port: api.port, path, headers, agent, timeout: 10_000 },
      (res) => {
        res.resume();
        res.once('end', () => resolve(`${res.statusCode}`));
        res.once('error', () => resolve('error'));
      },
    );
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve('error'));
    req.end();
  });
}

/** Sends lab API requests from `concurrency` keep-alive connections until the time or count runs out. */
export async function benchLabLoad(load: BenchLabLoad): Promise<BenchLabResult> {
  const api = new URL(load.api);
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency });
  const started = Date.now();
  const deadline = started + load.durationMs;
  const statuses: Record<string, number> = {};
  let sent = 0;
  const worker = async () => {
    while (Date.now() < deadline && sent < load.maxRequests) {
      const path = load.paths[sent % load.paths.length] ?? '/data';
      sent++;
      const status = await benchLabOne(api, agent, path, load.headers);
      statuses[status] = (statuses[status] ?? 0) + 1;
      // A dead server refuses at once: do not spin.
      if (status === 'error') await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await Promise.all(Array.from({ length: load.concurrency }, worker));
  agent.destroy();
  return { sent, statuses, seconds: (Date.now() - started) / 1000 };
}

/** What `benchRequest` got: the status (or `error`), the answer, and how long it took. */
export interface BenchAnswer {
  status: number | 'error';
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
}

/** One request, from `localAddress` when given (127.0.0.2 acts as another host), never throwing. */
export function benchRequest(
  url: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    agent?: Agent;
    localAddress?: string;
  },
): Promise<BenchAnswer> {
  const started = performance.now();
  const target = new URL(url);
  return new Promise((resolve) => {
    const failed = () => resolve({ status: 'error', headers: {}, body: '', ms: performance.now() - started });
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: init.method ?? 'GET',
        headers: init.headers,
        agent: init.agent,
        localAddress: init.localAddress,
        timeout: 30_000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.once('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            ms: performance.now() - started,
          }),
        );
        res.once('error', failed);
      },
    );
    req.once('timeout', () => req.destroy());
    req.once('error', failed);
    req.end(init.body);
  });
}
