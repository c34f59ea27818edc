import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import net from 'node:net';
import { scriptServerStart } from './scriptServer.ts';
import type { LoggedRequest, ScriptServer } from './scriptServer.ts';

let server: ScriptServer;
let base: string;

/** node:http rather than fetch: fetch would add headers of its own and hide duplicate lines. */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; raw: string[]; text: string }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, raw: res.rawHeaders, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function sendRaw(request: string) {
  return new Promise<string>((resolve, reject) => {
    let text = '';
    const socket = net.connect(server.ports[0]!, '127.0.0.1', () => socket.write(request));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

beforeAll(async () => {
  server = await scriptServerStart({ ports: [0], hosts: ['127.0.0.1'] });
  base = `http://127.0.0.1:${server.ports[0]}`;
});

afterAll(async () => {
  await server.close();
});

describe('scriptServer', () => {
  it('serves a blank page for any page origin', async () => {
    const page = await send('GET', '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<!doctype html>');
  });

  it('answers from the scenario script, keeping duplicate lines and adding only framing', async () => {
    const responses = {
      [`PUT ${base}/__t/s1/x`]: {
        status: 201,
        headers: [
          ['access-control-allow-origin', 'a'],
          ['access-control-allow-origin', 'b'],
        ],
      },
    };
    expect((await send('PUT', '/__control/scenario/s1', {}, JSON.stringify(responses))).status).toBe(200);
    const answer = await send(
      'PUT',
      '/__t/s1/x',
      { origin: 'http://p', 'access-control-request-method': 'PUT' },
      'b',
    );
    expect(answer.status).toBe(201);
    expect(answer.raw).toEqual([
      'access-control-allow-origin',
      'a',
      'access-control-allow-origin',
      'b',
      'connection',
      'keep-alive',
      'content-length',
      '0',
    ]);
    const unscripted = await send('OPTIONS', '/__t/s1/y', { 'access-control-request-headers': 'x-a' });
    expect(unscripted.status).toBe(404);
    expect(unscripted.raw).toEqual(['connection', 'keep-alive', 'content-length', '0']);

    const log = JSON.parse((await send('GET', '/__control/scenario/s1')).text) as LoggedRequest[];
    expect(log.map(({ method, url, origin, acrm, acrh }) => ({ method, url, origin, acrm, acrh }))).toEqual([
      { method: 'PUT', url: `${base}/__t/s1/x`, origin: 'http://p', acrm: 'PUT', acrh: null },
      { method: 'OPTIONS', url: `${base}/__t/s1/y`, origin: null, acrm: null, acrh: 'x-a' },
    ]);
  });

  it('answers and logs a lower-case method that node:http itself would refuse', async () => {
    const responses = { [`patch ${base}/__t/s2/x`]: { status: 200, headers: [['x-ok', '1']] } };
    await send('PUT', '/__control/scenario/s2', {}, JSON.stringify(responses));
    // node:http's client upper-cases methods, so the request is written by hand.
    const answer = await sendRaw(
      `patch /__t/s2/x HTTP/1.1\r\nHost: 127.0.0.1:${server.ports[0]}\r\nOrigin: http://p\r\n\r\n`,
    );
    expect(answer).toBe('HTTP/1.1 200 OK\r\nx-ok: 1\r\nconnection: keep-alive\r\ncontent-length: 0\r\n\r\n');
    const log = JSON.parse((await send('GET', '/__control/scenario/s2')).text) as LoggedRequest[];
    expect(log.map(({ method, url, origin }) => ({ method, url, origin }))).toEqual([
      { method: 'patch', url: `${base}/__t/s2/x`, origin: 'http://p' },
    ]);
  });

  it('sends bytes node:http refuses, and a scripted status line, byte for byte', async () => {
    const responses = {
      [`GET ${base}/__t/s3/x`]: { status: 200, headers: [['x-foo', 'a\0b\vc\fd']] },
      [`GET ${base}/__t/s3/y`]: { status: 2000, headers: [], statusLine: 'HTTP/1.1 2000 OK' },
    };
    await send('PUT', '/__control/scenario/s3', {}, JSON.stringify(responses));
    const host = `Host: 127.0.0.1:${server.ports[0]}`;
    expect(await sendRaw(`GET /__t/s3/x HTTP/1.1\r\n${host}\r\n\r\n`)).toBe(
      'HTTP/1.1 200 OK\r\nx-foo: a\0b\vc\fd\r\nconnection: keep-alive\r\ncontent-length: 0\r\n\r\n',
    );
    expect(await sendRaw(`GET /__t/s3/y HTTP/1.1\r\n${host}\r\n\r\n`)).toBe(
      'HTTP/1.1 2000 OK\r\nconnection: keep-alive\r\ncontent-length: 0\r\n\r\n',
    );
  });

  it('does not log requests of unknown scenarios', async () => {
    expect((await send('GET', '/__t/nobody/x')).status).toBe(404);
    expect(JSON.parse((await send('GET', '/__control/scenario/nobody')).text)).toEqual([]);
  });
});
