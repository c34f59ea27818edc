import http from 'node:http';
import type { Duplex } from 'node:stream';
import { headerListGet, type HeaderList } from '@cors-playground/engine';
import { scenarioRouteKey } from './scenarioRoute.ts';
import type { ScriptedResponses } from './scenarioTypes.ts';
import { scriptedWireHeaders } from './scriptedWire.ts';
import type { ScriptedResponse } from './scenarioTypes.ts';
import { scriptServerHarness } from './scriptServerHarness.ts';
import { scriptServerRawNeeded, scriptServerRawRequest, scriptServerRawResponse } from './scriptServerRaw.ts';

/** Loopback ports reserved for the conformance suite (the foundation e2e owns 15173/14000/15174). */
export const scriptServerPorts = [17001, 17002, 17003] as const;

/** Loopback only, both families: browsers try either for `localhost` and `*.localhost`. */
const scriptServerHosts = ['127.0.0.1', '::1'] as const;

/** Every request that reached the server for one scenario, as the server saw it. */
export interface LoggedRequest {
  method: string;
  /** Absolute URL built from the Host header and the request target. */
  url: string;
  origin: string | null;
  acrm: string | null;
  acrh: string | null;
  headers: HeaderList;
  /** The headers the server sent back, framing included. */
  responseStatus: number;
  responseHeaders: HeaderList;
}

interface ScenarioSlot {
  responses: Map<string, ScriptedResponse>;
  log: LoggedRequest[];
}

/** A worker holding a lease keeps the server open until it says it is done (or goes silent this long). */
const leaseLifetimeMs = 120_000;

const blankPage = '<!doctype html><html><head><title>conformance</title></head><body></body></html>';

export interface ScriptServerOptions {
  /** Ports to bind; 0 picks a free one (unit tests). Default `scriptServerPorts`. */
  ports?: readonly number[];
  /** Loopback addresses to bind on each port. Default `127.0.0.1` and `::1`. */
  hosts?: readonly string[];
}

export interface ScriptServer {
  /** The ports actually bound, in the order asked for. */
  ports: number[];
  /** Workers holding a live lease (expired ones are dropped first). */
  leaseCount(): number;
  close(): Promise<void>;
}

function scriptServerHeaderList(raw: string[]): HeaderList {
  const list: HeaderList = [];
  for (let i = 0; i + 1 < raw.length; i += 2) list.push([raw[i]!.toLowerCase(), raw[i + 1]!]);
  return list;
}

async function scriptServerBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function scriptServerJson(res: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * Starts the scripted server on every port in `scriptServerPorts`, answering on any host name that
 * resolves to loopback. Throws with `code === 'EADDRINUSE'` when another worker already owns the ports.
 */
export async function scriptServerStart(options: ScriptServerOptions = {}): Promise<ScriptServer> {
  const ports = options.ports ?? scriptServerPorts;
  const hosts = options.hosts ?? scriptServerHosts;
  const slots = new Map<string, ScenarioSlot>();
  const leases = new Map<string, number>();
  let leaseCounter = 0;
  const harness = scriptServerHarness((token) => slots.get(token)?.log.length ?? 0);

  async function control(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> {
    const [, , action, id] = path.split('/');
    const now = Date.now();
    const lease = req.headers['x-lease'];
    // Any call naming a live lease keeps it alive (a long harness run only polls).
    if (typeof lease === 'string' && leases.has(lease)) leases.set(lease, now + leaseLifetimeMs);
    if (action === 'ping') return scriptServerJson(res, 200, { ok: true });
    if (action === 'harness' && id) return harness.control(req, res, id, await scriptServerBody(req));
    if (action === 'lease' && req.method === 'POST') {
      const lease = `L${++leaseCounter}-${now}`;
      leases.set(lease, now + leaseLifetimeMs);
      return scriptServerJson(res, 200, { lease });
    }
    if (action === 'lease' && req.method === 'DELETE' && id) {
      leases.delete(id);
      return scriptServerJson(res, 200, { ok: true });
    }
    if (action === 'scenario' && req.method === 'PUT' && id) {
      const responses = JSON.parse(await scriptServerBody(req)) as ScriptedResponses;
      const map = new Map<string, ScriptedResponse>();
      for (const [key, value] of Object.entries(responses)) {
        const { method, url } = scenarioRouteKey(key);
        map.set(`${method} ${url}`, value);
      }
      slots.set(id, { responses: map, log: [] });
      return scriptServerJson(res, 200, { ok: true });
    }
    if (action === 'scenario' && req.method === 'GET' && id) {
      return scriptServerJson(res, 200, slots.get(id)?.log ?? []);
    }
    if (action === 'scenario' && req.method === 'DELETE' && id) {
      slots.delete(id);
      return scriptServerJson(res, 200, { ok: true });
    }
    return scriptServerJson(res, 404, { error: `unknown control ${req.method} ${path}` });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Nothing here may add a Date header the simulator cannot know about.
    res.sendDate = false;
    const target = req.url ?? '/';
    const path = target.split('?')[0] ?? '/';
    if (path.startsWith('/__control/')) return control(req, res, path);
    if (path.startsWith('/__harness/')) return harness.page(req, res, path, await scriptServerBody(req));
    const token = /^\/__t\/([^/]+)\//.exec(path)?.[1];
    const slot = token === undefined ? undefined : slots.get(token);
    if (!slot) {
      await scriptServerBody(req);
      if (req.method === 'GET' && path === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(blankPage);
        return;
      }
      res.writeHead(404, ['connection', 'keep-alive', 'content-length', '0']);
      res.end();
      return;
    }
    await scriptServerBody(req);
    const method = req.method ?? 'GET';
    const { status, wire, body, statusLine } = answer(
      slot,
      method,
      target,
      scriptServerHeaderList(req.rawHeaders),
    );
    if (scriptServerRawNeeded(status, wire, statusLine)) {
      // Bytes node:http refuses to send (NUL, VT, FF, a status line of our own) go straight to the
      // socket; closing it afterwards keeps node:http from writing anything after them.
      req.socket.end(scriptServerRawResponse(status, wire, body, statusLine));
      return;
    }
    // A flat [name, value, …] array keeps scripted order and duplicate header lines as they are.
    res.writeHead(status, wire.flat());
    res.end(body || undefined);
  }

  /** Looks the request up in the scenario's script, logs it, and returns what to send back. */
  function answer(slot: ScenarioSlot, method: string, target: string, headers: HeaderList) {
    const host = headerListGet(headers, 'host') ?? 'localhost';
    const url = new URL(target, `http://${host}`).href;
    const scripted = slot.responses.get(`${method} ${url}`) ?? { status: 404, headers: [] };
    const wire = scriptedWireHeaders(scripted.status, scripted.headers);
    slot.log.push({
      method,
      url,
      origin: headerListGet(headers, 'origin'),
      acrm: headerListGet(headers, 'access-control-request-method'),
      acrh: headerListGet(headers, 'access-control-request-headers'),
      headers,
      responseStatus: scripted.status,
      responseHeaders: wire,
    });
    const length = Number(headerListGet(wire, 'content-length') ?? 0);
    const body = method === 'HEAD' || !(length > 0) ? '' : 'x'.repeat(length);
    return { status: scripted.status, wire, body, statusLine: scripted.statusLine };
  }

  /** Requests node:http's parser refuses (lower-case or unknown methods) are answered from raw bytes. */
  function handleRaw(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex): void {
    const raw = error.rawPacket ? scriptServerRawRequest(error.rawPacket) : null;
    const token = raw ? /^\/__t\/([^/]+)\//.exec(raw.target)?.[1] : undefined;
    const slot = token === undefined ? undefined : slots.get(token);
    if (!raw || !slot || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, wire, body, statusLine } = answer(slot, raw.method, raw.target, raw.headers);
    // The parser is stuck after an error, so this connection cannot carry another request.
    socket.end(scriptServerRawResponse(status, wire, body, statusLine));
  }

  const servers: http.Server[] = [];
  try {
    for (const [port, host] of ports.flatMap((p) => hosts.map((h) => [p, h] as const))) {
      const server = http.createServer((req, res) => {
        handle(req, res).catch((error: unknown) => {
          if (!res.headersSent) scriptServerJson(res, 500, { error: String(error) });
          else res.destroy();
        });
      });
      server.on('clientError', handleRaw);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port, host }, () => resolve());
      }).catch((error: NodeJS.ErrnoException) => {
        // A machine without IPv6 loopback still works: browsers fall back to 127.0.0.1.
        if (host === '::1' && error.code === 'EADDRNOTAVAIL') return;
        throw error;
      });
      servers.push(server);
    }
  } catch (error) {
    for (const server of servers) server.close();
    throw error;
  }

  return {
    ports: servers.flatMap((server) => {
      const address = server.address();
      return address && typeof address === 'object' && address.family === 'IPv4' ? [address.port] : [];
    }),
    leaseCount() {
      const now = Date.now();
      for (const [lease, expiry] of leases) if (expiry < now) leases.delete(lease);
      return leases.size;
    },
    async close() {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}
