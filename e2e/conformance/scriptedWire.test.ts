import { describe, expect, it } from 'vitest';
import { scriptedWireHeaders } from './scriptedWire.ts';

describe('scriptedWireHeaders', () => {
  it('adds the framing node:http sends after the scripted headers', () => {
    expect(scriptedWireHeaders(200, [['x-a', '1']])).toEqual([
      ['x-a', '1'],
      ['connection', 'keep-alive'],
      ['content-length', '0'],
    ]);
  });

  it('sends no Content-Length for bodiless statuses', () => {
    expect(scriptedWireHeaders(204, [])).toEqual([['connection', 'keep-alive']]);
    expect(scriptedWireHeaders(304, [])).toEqual([['connection', 'keep-alive']]);
  });

  it('keeps scripted framing headers instead of adding its own', () => {
    expect(
      scriptedWireHeaders(200, [
        ['Content-Length', '3'],
        ['Connection', 'close'],
      ]),
    ).toEqual([
      ['Content-Length', '3'],
      ['Connection', 'close'],
    ]);
  });
});
