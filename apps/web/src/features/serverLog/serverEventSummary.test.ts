import { describe, expect, it } from 'vitest';
import { serverEventSummary } from './serverEventSummary.ts';
import { labEventMake } from '@cors-playground/client/testing';

const app = 'http://localhost:5173';

const event = labEventMake;

describe('serverEventSummary', () => {
  it('says whether a cookie arrived and which CORS headers went out', () => {
    const summary = serverEventSummary(
      event({
        requestHeaders: [['Cookie', 'session=1']],
        responseHeaders: [
          ['Access-Control-Allow-Origin', app],
          ['Access-Control-Allow-Credentials', 'true'],
          ['Vary', 'Origin'],
          ['Content-Type', 'application/json'],
        ],
      }),
    );
    expect(summary).toEqual({
      cookie: true,
      corsHeaders: [
        `Access-Control-Allow-Origin: ${app}`,
        'Access-Control-Allow-Credentials: true',
        'Vary: Origin',
      ],
      readable: 'yes',
      why: null,
    });
  });

  it('judges readability as the browser would', () => {
    expect(serverEventSummary(event({})).readable).toBe('no');
    expect(serverEventSummary(event({ origin: null })).readable).toBe('not-cors');
    expect(serverEventSummary(event({ kind: 'preflight' })).readable).toBe('preflight');
    const star = event({ responseHeaders: [['Access-Control-Allow-Origin', '*']] });
    expect(serverEventSummary(star).readable).toBe('yes');
    expect(serverEventSummary({ ...star, requestHeaders: [['cookie', 'a=1']] }).why).toMatch(/\*/);
    const noCredentials = event({
      requestHeaders: [['cookie', 'a=1']],
      responseHeaders: [['Access-Control-Allow-Origin', app]],
    });
    expect(serverEventSummary(noCredentials).why).toMatch(/Allow-Credentials/);
  });
});
