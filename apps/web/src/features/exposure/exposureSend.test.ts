import { describe, expect, it } from 'vitest';
import { exposureRequests, type ExposureSeat, type ExposureVerdict } from '@cors-playground/production';
import { stageHosts, stageOrigins, type PlaygroundConfig } from '@cors-playground/protocol';
import { exposureSend } from './exposureSend.ts';

const config = {
  appOrigin: 'http://localhost:5173',
  apiOrigin: 'http://localhost:4000',
  otherOrigin: 'http://localhost:5174',
  crossSiteOrigin: 'http://evil.localhost:5174',
  stage: stageOrigins(stageHosts('victim.localhost', 'evil.localhost'), 'http', 5175),
} satisfies PlaygroundConfig;

const seat = (kind: ExposureSeat['kind'], origin: string): ExposureSeat => ({
  kind,
  origin,
  label: kind,
  who: 'anyone',
  browsers: ['chromium', 'firefox'],
});

const verdict: ExposureVerdict = {
  browser: 'chromium',
  access: 'reads',
  credentials: 'include',
  cookie: false,
  status: 401,
  why: 'read',
};

const [get, write] = exposureRequests;

/** The request the sender page gets, from the link's fragment. */
function sentOf(href: string): { url: string; init: RequestInit } {
  return JSON.parse(decodeURIComponent(href.slice(href.indexOf('#') + 1))) as {
    url: string;
    init: RequestInit;
  };
}

describe('exposureSend', () => {
  it('a look-alike under .localhost on the other port is served by the sender there, with the sandbox path', () => {
    if (!get || !write) throw new Error('no requests');
    const send = exposureSend(
      seat('lookalike', 'http://evilvictim.localhost:5174'),
      write,
      verdict,
      config,
      'team-1',
    );
    if (!('href' in send)) throw new Error(send.reason);
    expect(send.href.startsWith('http://evilvictim.localhost:5174/send#')).toBe(true);
    expect(sentOf(send.href)).toEqual({
      url: 'http://localhost:4000/s/team-1/data',
      init: {
        method: 'PUT',
        headers: [['content-type', 'application/json']],
        credentials: 'include',
        mode: 'cors',
        body: '{"note":"written from this page"}',
      },
    });
  });

  it('null goes through the sandboxed frame on the cross-site host', () => {
    if (!get) throw new Error('no requests');
    const send = exposureSend(seat('null', 'null'), get, verdict, config, 'default');
    expect('href' in send && send.href.startsWith('http://evil.localhost:5174/send?frame=null#')).toBe(true);
  });

  it('says why a seat this machine cannot serve, or the app itself, has no link', () => {
    if (!get) throw new Error('no requests');
    const far = exposureSend(seat('lookalike', 'https://evilbank.example'), get, verdict, config, 'default');
    expect(far).toEqual({ reason: expect.stringContaining('answers on http://*.localhost:5174 only') });
    const otherPort = exposureSend(
      seat('lookalike', 'http://evil.localhost:9999'),
      get,
      verdict,
      config,
      'default',
    );
    expect('reason' in otherPort).toBe(true);
    expect(exposureSend(seat('app', config.appOrigin), get, verdict, config, 'default')).toEqual({
      reason: expect.stringContaining('the request builder sends from here'),
    });
  });
});
