import { describe, expect, it } from 'vitest';
import { serverFromScript, simulateFetchSync, type FetchRequest } from '@cors-playground/engine';
import { curlCommandsFor, curlQuote } from './curlCommand.ts';

function traceOf(request: FetchRequest) {
  return simulateFetchSync(request, serverFromScript({}), { browser: 'chromium' });
}

describe('curlCommandsFor', () => {
  it('captures a simple request with its Origin only', () => {
    expect(
      curlCommandsFor(traceOf({ pageOrigin: 'https://app.example', url: 'https://api.example/data' })),
    ).toEqual([
      {
        label: 'The request',
        command: "curl -i -L 'https://api.example/data' -H 'Origin: https://app.example'",
      },
    ]);
  });

  it('adds the preflight the browser would send, with its Access-Control-Request-* headers', () => {
    const commands = curlCommandsFor(
      traceOf({
        pageOrigin: 'https://app.example',
        url: 'https://api.example/data',
        method: 'PUT',
        headers: [['X-Token', "it's"]],
        credentials: 'include',
      }),
    );
    expect(commands.map((c) => c.label)).toEqual(['Preflight', 'Then the actual request']);
    expect(commands[0]?.command).toBe(
      "curl -i -X OPTIONS 'https://api.example/data' -H 'Origin: https://app.example' -H 'Access-Control-Request-Method: PUT' -H 'Access-Control-Request-Headers: x-token'",
    );
    expect(commands[1]?.command).toContain(`-X PUT`);
    expect(commands[1]?.command).toContain(`-H 'X-Token: it'\\''s'`);
    expect(commands[1]?.command).toContain('Cookie: <your cookies>');
  });
});

describe('curlQuote', () => {
  it('single-quotes for a POSIX shell', () => {
    expect(curlQuote("a'b c")).toBe(`'a'\\''b c'`);
  });
});
