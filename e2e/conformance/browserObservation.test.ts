import { describe, expect, it } from 'vitest';
import { browserObservationHeadline, browserObservationOwns } from './browserObservation.ts';

const cors =
  "Access to fetch at 'http://localhost:17002/x' from origin 'http://localhost:17001' has been blocked";

describe('browserObservationHeadline', () => {
  it('prefers the CORS or Fetch API message to the network line', () => {
    expect(browserObservationHeadline(['Failed to load resource: net::ERR_FAILED', cors], false)).toBe(cors);
  });

  it('falls back to the network line of a rejected fetch only', () => {
    const network = 'Failed to load resource: net::ERR_INVALID_HTTP_RESPONSE';
    expect(browserObservationHeadline([network], false)).toBe(network);
    const status = 'Failed to load resource: the server responded with a status of 404 (Not Found)';
    expect(browserObservationHeadline([status], true)).toBeNull();
  });
});

describe('browserObservationOwns', () => {
  const prefix = '/__t/c1';
  const line = (text: string, url: string) => ({ type: 'error' as const, text, url });

  it('claims lines naming the prefix in their text or resource URL', () => {
    expect(browserObservationOwns(line(`at 'http://h/__t/c1/x'`, 'http://h/'), prefix, [])).toBe(true);
    expect(browserObservationOwns(line('Failed to load resource', 'http://h/__t/c1/x'), prefix, [])).toBe(
      true,
    );
    expect(browserObservationOwns(line('Failed to load resource', 'http://h/__t/c2/x'), prefix, [])).toBe(
      false,
    );
  });

  it('claims lines about its own unroutable URLs, and lines filed under no URL that name no routed one', () => {
    expect(browserObservationOwns(line('Failed', 'blob:http://h/1'), prefix, ['blob:http://h/1'])).toBe(true);
    expect(browserObservationOwns(line('Fetch API cannot load ftp://h/x.', ''), prefix, [])).toBe(true);
    expect(browserObservationOwns(line('Fetch API cannot load http://h/__t/c2/x.', ''), prefix, [])).toBe(
      false,
    );
    expect(browserObservationOwns(line('Failed to load resource', 'http://h/favicon.ico'), prefix, [])).toBe(
      false,
    );
  });
});
