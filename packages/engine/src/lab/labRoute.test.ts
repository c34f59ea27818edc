import { describe, expect, it } from 'vitest';
import { headerListGet } from '../http/headerList.ts';
import { labRoute } from './labRoute.ts';

const get = (url: string, headers: Array<[string, string]> = []) =>
  labRoute({ method: 'GET', url, headers, body: null });

describe('labRoute', () => {
  it('answers /data with no-store JSON', () => {
    const response = get('http://localhost:4000/data');
    expect(response.status).toBe(200);
    expect(response.headers).toContainEqual(['cache-control', 'no-store']);
    expect(JSON.parse(response.body ?? '')).toMatchObject({ message: 'Hello from the lab API' });
  });

  it('can leave caching to the browser when asked', () => {
    const response = labRoute(
      { method: 'GET', url: 'http://x/data', headers: [], body: null },
      { noStore: false },
    );
    expect(headerListGet(response.headers, 'cache-control')).toBeNull();
  });

  it('gives private data only with the session cookie', () => {
    expect(get('http://localhost:4000/private').status).toBe(401);
    const login = get('http://localhost:4000/login');
    const cookie = headerListGet(login.headers, 'set-cookie') ?? '';
    expect(cookie).toContain('SameSite=Lax');
    const value = cookie.split(';')[0] ?? '';
    expect(get('http://localhost:4000/private', [['Cookie', `theme=dark; ${value}`]]).status).toBe(200);
    // A client may send its cookies on several lines.
    const lines: Array<[string, string]> = [
      ['cookie', 'theme=dark'],
      ['COOKIE', value],
    ];
    expect(get('http://localhost:4000/private', lines).status).toBe(200);
  });

  it('echoes the request', () => {
    const response = labRoute({ method: 'PUT', url: 'http://x/echo', headers: [['x-a', '1']], body: 'hi' });
    expect(JSON.parse(response.body ?? '')).toEqual({
      method: 'PUT',
      url: 'http://x/echo',
      headers: [['x-a', '1']],
      body: 'hi',
    });
  });

  it('redirects with the requested status to absolute URLs', () => {
    const response = get('http://localhost:4000/redirect?to=/data&status=307');
    expect(response.status).toBe(307);
    expect(response.headers).toContainEqual(['location', 'http://localhost:4000/data']);
    expect(get('http://x/redirect?to=http://other/&status=999').status).toBe(302);
  });

  it('redirects OPTIONS too: a preflight passed on to the route meets the redirect', () => {
    const response = labRoute({
      method: 'OPTIONS',
      url: 'http://x/redirect?to=/items/&status=301',
      headers: [],
      body: null,
    });
    expect(response.status).toBe(301);
    expect(response.headers).toContainEqual(['location', 'http://x/items/']);
  });

  it('answers any status and 404s unknown paths and OPTIONS', () => {
    expect(get('http://x/status/503').status).toBe(503);
    expect(get('http://x/nope').status).toBe(404);
    expect(labRoute({ method: 'OPTIONS', url: 'http://x/data', headers: [], body: null }).status).toBe(404);
    expect(labRoute({ method: 'DELETE', url: 'http://x/private', headers: [], body: null }).status).toBe(405);
  });
});

describe('labRoute query parsing', () => {
  it('decodes the redirect target and survives malformed escapes', () => {
    const encoded = labRoute({
      method: 'GET',
      url: 'http://x/redirect?to=http%3A%2F%2Fy%2Fdata',
      headers: [],
      body: null,
    });
    expect(encoded.headers).toContainEqual(['location', 'http://y/data']);
    const malformed = labRoute({
      method: 'GET',
      url: 'http://x/redirect?to=%E0%A4%A',
      headers: [],
      body: null,
    });
    expect(malformed.status).toBe(302);
  });

  it('keeps every = after the first in a value (a redirect target with its own query)', () => {
    const response = get('http://x/redirect?to=http://a.example/?x=1&y=2=3&status=307');
    expect(response.status).toBe(307);
    expect(response.headers).toContainEqual(['location', 'http://a.example/?x=1']);
    const encoded = get('http://x/redirect?to=http%3A%2F%2Fa.example%2F%3Fx%3D1%26z%3D2');
    expect(encoded.headers).toContainEqual(['location', 'http://a.example/?x=1&z=2']);
    expect(get('http://x/redirect?to').headers).toContainEqual(['location', 'http://x/redirect?to']);
  });
});
