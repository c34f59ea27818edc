import { describe, expect, it } from 'vitest';
import { analyseRequestBuild, type AnalyseRequestInput } from './analyseRequest.ts';

const base: AnalyseRequestInput = {
  url: 'https://api.example/data',
  origin: 'https://app.example',
  method: 'PUT',
  headers: [
    ['X-Token', '1'],
    ['', ''],
  ],
  credentials: 'include',
};

describe('analyseRequestBuild', () => {
  it('builds a CORS fetch from the current request and the typed URL and Origin', () => {
    expect(analyseRequestBuild(base)).toEqual({
      ok: true,
      request: {
        pageOrigin: 'https://app.example',
        url: 'https://api.example/data',
        method: 'PUT',
        headers: [['X-Token', '1']],
        credentials: 'include',
        mode: 'cors',
        redirect: 'follow',
      },
    });
  });

  it('normalizes the URL as fetch serializes it', () => {
    const result = analyseRequestBuild({ ...base, url: ' https://API.example ' });
    expect(result.ok && result.request.url).toBe('https://api.example/');
  });

  it('accepts the null origin', () => {
    expect(analyseRequestBuild({ ...base, origin: 'null' }).ok).toBe(true);
  });

  it.each([
    ['url', 'api.example/data', 'Not an absolute URL'],
    ['url', 'ftp://api.example/', 'Only http: and https:'],
    ['origin', 'https://app.example/', 'Not an origin'],
    ['origin', 'https://app.example/page', 'Not an origin'],
    ['origin', 'app.example', 'Not an origin'],
  ] as const)('rejects %s %j with a message', (field, value, message) => {
    const result = analyseRequestBuild({ ...base, [field]: value });
    expect(result).toEqual({ ok: false, errors: [{ field, message: expect.stringContaining(message) }] });
  });

  it('reports both fields at once', () => {
    const result = analyseRequestBuild({ ...base, url: '', origin: '' });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['url', 'origin']);
  });
});
