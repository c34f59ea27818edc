import { describe, expect, it } from 'vitest';
import { labEventSchema, labSendClosedSchema } from '@cors-playground/protocol';
import { playgroundTesting, playgroundTestingPut as json } from '../start/playgroundTesting.testkit.ts';

/** A real playground's control plane and lab API for sandbox `box`. */
async function sendPlane() {
  const { config } = await playgroundTesting();
  const base = `${config.appOrigin}/control/sandboxes/box`;
  return {
    send: (token: string, open: unknown) => fetch(`${base}/sends/${token}`, json({ open })),
    lab: (path: string) => fetch(`${config.apiOrigin}/s/box${path}`),
    recent: async () =>
      ((await (await fetch(`${base}/events/recent`)).json()) as unknown[]).map((event) =>
        labEventSchema.parse(event),
      ),
  };
}

describe('a Send bracket over the control plane', () => {
  it('stamps the requests of an open send with its token and counts them on close', async () => {
    const plane = await sendPlane();
    // The control plane makes the sandbox; the lab API only serves one that exists.
    expect(await plane.recent()).toEqual([]);
    await plane.lab('/data');
    expect((await plane.send('token-one', true)).status).toBe(204);
    await plane.lab('/data');
    await plane.lab('/echo');
    const closed = await plane.send('token-one', false);
    expect(closed.status).toBe(200);
    expect(labSendClosedSchema.parse(await closed.json())).toEqual({ events: 2 });
    await plane.lab('/data');
    expect((await plane.recent()).map((event) => event.send)).toEqual([
      undefined,
      'token-one',
      'token-one',
      undefined,
    ]);
  });

  it('gives the requests to the send opened last, and still counts an earlier one it closes', async () => {
    const plane = await sendPlane();
    await plane.send('token-first', true);
    await plane.lab('/data');
    await plane.send('token-second', true);
    await plane.lab('/data');
    expect(await (await plane.send('token-first', false)).json()).toEqual({ events: 1 });
    await plane.lab('/data');
    expect(await (await plane.send('token-second', false)).json()).toEqual({ events: 2 });
  });

  it('answers 404 for a send not open, and 400 naming the field for bad input', async () => {
    const plane = await sendPlane();
    expect((await plane.send('never-opened', false)).status).toBe(404);
    const badToken = await plane.send('no', true);
    expect(badToken.status).toBe(400);
    expect(await badToken.json()).toMatchObject({ errors: [{ path: 'token' }] });
    const badOpen = await plane.send('token-three', 'yes');
    expect(badOpen.status).toBe(400);
    expect(await badOpen.json()).toMatchObject({ errors: [{ path: 'open' }] });
  });
});
