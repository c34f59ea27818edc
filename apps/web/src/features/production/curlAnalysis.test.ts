import { describe, expect, it } from 'vitest';
import type { FetchRequest } from '@cors-playground/engine';
import { curlAnalysisRun, type CurlAnalysis } from './curlAnalysis.ts';

const origin = 'https://app.example';
const url = 'https://api.example/data';
const get: FetchRequest = { pageOrigin: origin, url, mode: 'cors', redirect: 'follow' };
const put: FetchRequest = { ...get, method: 'PUT', headers: [['Content-Type', 'application/json']] };

const noCors = 'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"a":1}\n';
const good = `HTTP/2 200\ncontent-type: application/json\naccess-control-allow-origin: ${origin}\n\n{"a":1}\n`;
const preflightOk = `HTTP/1.1 204 No Content\nAccess-Control-Allow-Origin: ${origin}\nAccess-Control-Allow-Methods: GET, PUT\nAccess-Control-Allow-Headers: content-type\n\n`;

function done(analysis: CurlAnalysis) {
  if (analysis.state !== 'done') throw new Error(`expected a trace, got ${JSON.stringify(analysis)}`);
  return analysis;
}

describe('curlAnalysisRun', () => {
  it('is empty until something is pasted', () => {
    expect(curlAnalysisRun('  \n', get, 'chromium')).toEqual({ state: 'empty' });
  });

  it('reports what is not curl -i output instead of throwing', () => {
    expect(curlAnalysisRun('hello', get, 'chromium')).toEqual({
      state: 'error',
      error: expect.stringContaining('curl -i'),
    });
  });

  it('blocks a response without Access-Control-Allow-Origin, with the Chromium and Firefox messages', () => {
    const { trace, notes } = done(curlAnalysisRun(noCors, get, 'chromium'));
    expect(trace.outcome).toBe('blocked');
    expect(trace.consoleChromium).toContain("No 'Access-Control-Allow-Origin' header is present");
    expect(trace.consoleFirefox).toContain('Reason: CORS header ‘Access-Control-Allow-Origin’ missing');
    expect(notes).toEqual([]);
  });

  it('allows a response that allows the origin', () => {
    const analysis = done(curlAnalysisRun(good, get, 'firefox'));
    expect(analysis.trace.outcome).toBe('allowed');
    expect(analysis.assignments.map((a) => a.used)).toEqual([true]);
  });

  it('feeds a pasted preflight and actual response to a preflighted request', () => {
    const analysis = done(curlAnalysisRun(preflightOk + good, put, 'chromium'));
    expect(analysis.trace.outcome).toBe('allowed');
    expect(analysis.trace.exchanges.map((e) => e.kind)).toEqual(['preflight', 'actual']);
    expect(analysis.assignments.map((a) => [a.role, a.used])).toEqual([
      ['preflight', true],
      ['actual', true],
    ]);
  });

  it('says so when the preflight was not pasted, instead of passing off a guess as the verdict', () => {
    const analysis = done(curlAnalysisRun(good, put, 'chromium'));
    expect(analysis.trace.outcome).toBe('blocked');
    expect(analysis.notes).toEqual([
      expect.stringContaining(`No pasted response answers the preflight OPTIONS ${url}`),
    ]);
  });

  it('lists a pasted preflight the request did not need as unused', () => {
    const analysis = done(curlAnalysisRun(preflightOk + good, get, 'chromium'));
    expect(analysis.trace.outcome).toBe('allowed');
    expect(analysis.assignments.map((a) => [a.used, a.unusedWhy])).toEqual([
      [false, 'this request needs no preflight.'],
      [true, null],
    ]);
  });

  it('follows curl -L redirect hops', () => {
    const hop = `HTTP/1.1 302 Found\nLocation: /v2/data\nAccess-Control-Allow-Origin: ${origin}\n\n`;
    const analysis = done(curlAnalysisRun(hop + good, get, 'chromium'));
    expect(analysis.trace.exchanges.map((e) => e.request.url)).toEqual([url, 'https://api.example/v2/data']);
    expect(analysis.trace.outcome).toBe('allowed');
  });

  it('blocks credentials against a wildcard', () => {
    const star = 'HTTP/1.1 200 OK\nAccess-Control-Allow-Origin: *\n\n';
    const { trace } = done(curlAnalysisRun(star, { ...get, credentials: 'include' }, 'chromium'));
    expect(trace.outcome).toBe('blocked');
    expect(trace.failure?.code).toBe('wildcard-origin-with-credentials');
  });
});
