import { describe, expect, it } from 'vitest';
import { requestHeadersPrepare } from './requestHeaders.ts';
import { StepLog } from './stepLog.ts';

describe('requestHeadersPrepare', () => {
  it('keeps what a Headers object keeps: trimmed, lower-cased, repeats combined, forbidden ones dropped', () => {
    const log = new StepLog();
    const headers = requestHeadersPrepare(
      [
        ['X-A', ' 1 '],
        ['x-a', '2'],
        ['Cookie', 'a=1'],
      ],
      'cors',
      'firefox',
      log,
    );
    expect(headers).toEqual([['x-a', '1, 2']]);
    expect(log.steps.map((step) => [step.id, step.ok, step.warning])).toEqual([
      ['request.forbidden-header', true, true],
    ]);
  });

  it('gives each browser its TypeError for an invalid name, and logs the failed step', () => {
    const log = new StepLog();
    expect(requestHeadersPrepare([['bad name', '1']], 'cors', 'chromium', log)).toEqual({
      messages: {
        chromium: "Failed to execute 'fetch' on 'Window': Invalid name",
        firefox: 'Window.fetch: bad name is an invalid header name.',
        webkit: "Invalid header name: 'bad name'",
      },
    });
    expect(log.steps).toMatchObject([{ id: 'request.header', ok: false }]);
  });

  it('drops in no-cors mode what is not no-CORS-safelisted, judging repeats by their combined value', () => {
    const log = new StepLog();
    const headers = requestHeadersPrepare(
      [
        ['Accept', 'text/plain'],
        ['X-Custom', '1'],
      ],
      'no-cors',
      'chromium',
      log,
    );
    expect(headers).toEqual([['accept', 'text/plain']]);
    expect(log.steps.map((step) => step.id)).toEqual(['request.no-cors-header']);
  });
});
