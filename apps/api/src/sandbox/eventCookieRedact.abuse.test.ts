import { describe, expect, it } from 'vitest';
import type { Playground } from '../start/playgroundStart.ts';
import { playgroundTesting, playgroundTestingRaw } from '../start/playgroundTesting.testkit.ts';

/** The events `GET /control/events?since=0` replays, read from the stream until `count` have come. */
async function eventsReplayed(playground: Playground, count: number): Promise<string> {
  const controller = new AbortController();
  try {
    const stream = await fetch(`${playground.config.appOrigin}/control/events?since=0`, controller);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while ((text.match(/^data: /gm) ?? []).length < count) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream was closed');
      text += value;
    }
    return text;
  } finally {
    controller.abort();
  }
}

function eventsParsed(text: string): Array<{ status: number; requestHeaders: Array<[string, string]> }> {
  return [...text.matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1] ?? '{}'));
}

describe('abuse: other apps’ cookies in the event log', () => {
  it('stores the names of the cookies a lab request carried, never their values', async () => {
    const playground = await playgroundTesting();
    const response = await fetch(`${playground.config.apiOrigin}/echo`, {
      headers: { cookie: 'a=secret; b=x' },
    });
    // The request itself is untouched: the lab API (and the page) still see what the browser sent.
    expect(await response.text()).toContain('a=secret; b=x');
    const text = await eventsReplayed(playground, 1);
    expect(text).not.toContain('secret');
    expect(eventsParsed(text)[0]?.requestHeaders).toContainEqual(['cookie', 'a=(redacted); b=(redacted)']);
  });

  it('stores no cookie value, and no workshop credential, for a request Node refused with 431', async () => {
    const playground = await playgroundTesting();
    const url = new URL(playground.config.apiOrigin);
    const reply = await playgroundTestingRaw(
      playground.config.apiOrigin,
      `GET /data HTTP/1.1\r\nHost: ${url.host}\r\nCookie: a=secret; cp_participant=credential-value\r\n` +
        `X-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 431 /);
    const text = await eventsReplayed(playground, 1);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('credential-value');
    expect(text).not.toContain('cp_participant');
    const [event] = eventsParsed(text);
    expect(event?.status).toBe(431);
    expect(event?.requestHeaders).toContainEqual(['Cookie', 'a=(redacted)']);
  });
});
