import { describe, expect, it } from 'vitest';
import type { FetchRequest } from './fetchTypes.ts';
import { serverFromScript } from './serverFromScript.ts';
import { simulateFetchSync } from './simulateFetch.ts';

const page = 'http://localhost:5173';
const api = 'http://localhost:4000/x';
const allowAll = serverFromScript({});

function run(request: Partial<FetchRequest>, browser: 'chromium' | 'firefox' = 'chromium') {
  return simulateFetchSync({ pageOrigin: page, url: api, ...request }, allowAll, { browser });
}

describe('request validation (https://fetch.spec.whatwg.org/#dom-request)', () => {
  it.each(['CONNECT', 'TRACE', 'track', 'Connect'])(
    'rejects the forbidden method %s before sending anything',
    (method) => {
      const trace = run({ method });
      expect(trace.outcome).toBe('invalid-request');
      expect(trace.exchanges).toEqual([]);
      expect(trace.error).toBe(
        `TypeError: Failed to execute 'fetch' on 'Window': '${method}' HTTP method is unsupported.`,
      );
      expect(trace.errorMessages?.firefox).toBe(`Window.fetch: Invalid request method ${method}.`);
      expect(trace.steps.some((step) => !step.ok && step.id === 'request.method')).toBe(true);
    },
  );

  it('rejects a method that is not a token', () => {
    expect(run({ method: 'GET POST' }).error).toBe(
      "TypeError: Failed to execute 'fetch' on 'Window': 'GET POST' is not a valid HTTP method.",
    );
  });

  it.each([
    ['get', 'GET'],
    ['delete', 'DELETE'],
    ['options', 'OPTIONS'],
    ['Put', 'PUT'],
    ['patch', 'patch'],
    ['Patch', 'Patch'],
    ['custom', 'custom'],
  ])('normalizes %s to %s (only DELETE GET HEAD OPTIONS POST PUT are upper-cased)', (method, sent) => {
    const trace = run({ method, url: 'http://localhost:5173/same' });
    expect(trace.exchanges[0]?.request.method).toBe(sent);
    expect(run({ method }).preflight.acrm).toBe(sent === 'GET' ? null : sent);
  });

  it('silently drops forbidden request headers, keeping the rest', () => {
    const headers: Array<[string, string]> = [
      ['Cookie', 'a=1'],
      ['Host', 'evil'],
      ['Sec-Fetch-Mode', 'x'],
      ['Proxy-Authorization', 'x'],
      ['X-HTTP-Method-Override', 'TRACE'],
      ['X-Ok', '1'],
    ];
    const trace = run({ url: 'http://localhost:5173/same', headers });
    const sent = trace.exchanges[0]?.request.headers.map(([name]) => name);
    expect(sent).toEqual(['accept', 'x-ok']);
    expect(trace.steps.filter((step) => step.id === 'request.forbidden-header')).toHaveLength(5);
    expect(trace.steps.every((step) => step.ok)).toBe(true);
  });

  it('drops User-Agent in Chromium only', () => {
    const headers: Array<[string, string]> = [['User-Agent', 'bot']];
    const names = (browser: 'chromium' | 'firefox') =>
      run({ url: 'http://localhost:5173/', headers }, browser).exchanges[0]?.request.headers.map(([n]) => n);
    expect(names('chromium')).not.toContain('user-agent');
    expect(names('firefox')).toContain('user-agent');
  });

  it('combines repeated headers like Headers.append and strips surrounding white space', () => {
    const headers: Array<[string, string]> = [
      ['X-A', ' 1 '],
      ['x-a', '2'],
    ];
    const trace = run({ url: 'http://localhost:5173/', headers });
    expect(trace.exchanges[0]?.request.headers).toContainEqual(['x-a', '1, 2']);
  });

  it('rejects invalid header names and values', () => {
    expect(run({ headers: [['bad name', '1']] }).outcome).toBe('invalid-request');
    expect(run({ headers: [['x', 'a\nb']] }).outcome).toBe('invalid-request');
    expect(run({ headers: [['x', 'é€']] }).outcome).toBe('invalid-request');
  });

  it('rejects a body on GET and HEAD', () => {
    const trace = run({ method: 'HEAD', body: 'x' });
    expect(trace.error).toBe(
      "TypeError: Failed to execute 'fetch' on 'Window': Request with GET/HEAD method cannot have body.",
    );
    expect(run({ body: 'x' }, 'firefox').error).toBe(
      'TypeError: Window.fetch: HEAD or GET Request cannot have a body.',
    );
  });

  it('rejects URLs with credentials and invalid URLs', () => {
    expect(run({ url: 'http://user:pw@localhost:4000/' }).outcome).toBe('invalid-request');
    expect(run({ url: 'not a url' }).outcome).toBe('invalid-request');
  });

  it('allows only GET, HEAD and POST in no-cors mode', () => {
    expect(run({ mode: 'no-cors', method: 'PUT' }).error).toBe(
      "TypeError: Failed to execute 'fetch' on 'Window': 'PUT' is unsupported in no-cors mode.",
    );
    expect(run({ mode: 'no-cors', method: 'POST', body: 'x' }).ok).toBe(true);
  });

  it('silently drops headers that are not no-CORS-safelisted in no-cors mode', () => {
    const trace = run({
      mode: 'no-cors',
      headers: [
        ['X-Custom', '1'],
        ['Content-Type', 'application/json'],
        ['Accept', 'text/plain'],
      ],
    });
    expect(trace.ok).toBe(true);
    expect(trace.preflight.sent).toBe(false);
    expect(trace.exchanges[0]?.request.headers.map(([name]) => name)).toEqual(['accept']);
    expect(trace.steps.filter((step) => step.warning).map((step) => step.id)).toEqual([
      'request.no-cors-header',
      'request.no-cors-header',
    ]);
  });

  it("rejects cache: 'only-if-cached' outside same-origin mode", () => {
    expect(run({ cache: 'only-if-cached' }).outcome).toBe('invalid-request');
  });

  it('adds the implied text/plain Content-Type for a string body', () => {
    const trace = run({ url: 'http://localhost:5173/', method: 'POST', body: 'hi' });
    expect(trace.exchanges[0]?.request.headers).toContainEqual(['content-type', 'text/plain;charset=UTF-8']);
  });
});
