import { describe, expect, it } from 'vitest';
import { responsesFromCurl, type CurlResponse } from '@cors-playground/production';
import { curlLooksLikePreflight, curlScriptBuild } from './curlScript.ts';

function pasted(text: string): CurlResponse[] {
  const parsed = responsesFromCurl(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.responses;
}

const preflight =
  'HTTP/1.1 204 No Content\nAccess-Control-Allow-Origin: https://app.example\nAccess-Control-Allow-Methods: PUT\n\n';
const ok = 'HTTP/1.1 200 OK\nAccess-Control-Allow-Origin: https://app.example\n\n{"a":1}\n';
const redirect = 'HTTP/1.1 307 Temporary Redirect\nLocation: /v2/data\n\n';
const url = 'https://api.example/data';

describe('curlScriptBuild', () => {
  it('keys a single ordinary response to the actual request', () => {
    const { script, assignments } = curlScriptBuild(
      { method: 'GET', url, preflightNeeded: false },
      pasted(ok),
    );
    expect(Object.keys(script)).toEqual([`GET ${url}`]);
    expect(assignments.map((a) => a.role)).toEqual(['actual']);
  });

  it('takes the first of two responses as the preflight when one is needed', () => {
    const { script, assignments } = curlScriptBuild(
      { method: 'PUT', url, preflightNeeded: true },
      pasted(preflight + ok),
    );
    expect(Object.keys(script)).toEqual([`OPTIONS ${url}`, `PUT ${url}`]);
    expect(assignments.map((a) => [a.index, a.role])).toEqual([
      [0, 'preflight'],
      [1, 'actual'],
    ]);
  });

  it('takes a failed preflight (no CORS headers at all) as the preflight when two are pasted', () => {
    const { assignments } = curlScriptBuild(
      { method: 'PUT', url, preflightNeeded: true },
      pasted('HTTP/1.1 405 Method Not Allowed\n\n' + ok),
    );
    expect(assignments[0]?.role).toBe('preflight');
  });

  it('recognizes a lone preflight answer by its headers', () => {
    const { script } = curlScriptBuild({ method: 'PUT', url, preflightNeeded: true }, pasted(preflight));
    expect(Object.keys(script)).toEqual([`OPTIONS ${url}`]);
  });

  it('keeps a lone actual response for the actual request even when a preflight is needed', () => {
    const { script } = curlScriptBuild({ method: 'PUT', url, preflightNeeded: true }, pasted(ok));
    expect(Object.keys(script)).toEqual([`PUT ${url}`]);
  });

  it('does not take a pasted preflight for a request that needs none, but lists it', () => {
    const { script, assignments } = curlScriptBuild(
      { method: 'GET', url, preflightNeeded: false },
      pasted(preflight + ok),
    );
    expect(script[`GET ${url}`]?.status).toBe(200);
    expect(assignments.map((a) => a.role)).toEqual(['preflight', 'actual']);
  });

  it('follows -L redirect hops, resolving Location against the hop URL', () => {
    const { script, assignments } = curlScriptBuild(
      { method: 'GET', url, preflightNeeded: false },
      pasted(redirect + ok),
    );
    expect(Object.keys(script)).toEqual([`GET ${url}`, 'GET https://api.example/v2/data']);
    expect(assignments.map((a) => a.role)).toEqual(['redirect', 'actual']);
  });

  it('changes the method after a 303 as fetch does, and assumes hop preflights answer like the first', () => {
    const see = 'HTTP/1.1 303 See Other\nLocation: https://other.example/done\n\n';
    const result = curlScriptBuild(
      { method: 'PUT', url, preflightNeeded: true },
      pasted(preflight + see + ok),
    );
    expect(Object.keys(result.script)).toEqual([
      `OPTIONS ${url}`,
      `PUT ${url}`,
      'OPTIONS https://other.example/done',
      'GET https://other.example/done',
    ]);
    expect(result.assumed).toEqual(['OPTIONS https://other.example/done']);
  });

  it('leaves responses after a final one unassigned', () => {
    const { assignments } = curlScriptBuild(
      { method: 'GET', url, preflightNeeded: false },
      pasted(ok + ok + ok),
    );
    expect(assignments.map((a) => a.key)).toEqual([`GET ${url}`, null, null]);
  });

  it('stops the chain at an unparsable Location', () => {
    const bad = 'HTTP/1.1 302 Found\nLocation: http://[::1\n\n';
    const { assignments } = curlScriptBuild({ method: 'GET', url, preflightNeeded: false }, pasted(bad + ok));
    expect(assignments.map((a) => a.key)).toEqual([`GET ${url}`, null]);
  });
});

describe('curlLooksLikePreflight', () => {
  it('is true for Access-Control-Allow-Methods/-Headers/Max-Age and false otherwise', () => {
    expect(pasted(preflight).map(curlLooksLikePreflight)).toEqual([true]);
    expect(pasted(ok).map(curlLooksLikePreflight)).toEqual([false]);
  });
});
