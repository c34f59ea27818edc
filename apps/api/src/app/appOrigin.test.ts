import { describe, expect, it } from 'vitest';
import { playgroundTesting, playgroundTestingRaw } from '../start/playgroundTesting.testkit.ts';

/**
 * The app origin over real HTTP, as any client that is not a browser page reaches it (curl, the CLI, a
 * server-side attacker). What a browser page on another origin can do is the e2e controlPlane spec.
 */
const hostile = { origin: { mode: 'reflect' }, credentials: true };

describe('appOrigin', () => {
  it('lets a client without Origin (curl, the CLI) replace the policy; bad input gets 400 with field paths', async () => {
    const { config } = await playgroundTesting();
    const url = `${config.appOrigin}/control/sandboxes/curl/policy`;
    const put = (body: string) =>
      fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body });
    const bad = await put(
      JSON.stringify({ origin: { mode: 'list', allow: ['not an origin'] }, maxAge: 'x' }),
    );
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as { errors: Array<{ path: string }> }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['origin.allow[0]', 'maxAge']));
    expect((await put('{"origin":')).status).toBe(400);

    const good = await put(JSON.stringify(hostile));
    expect(good.status).toBe(200);
    expect(await (await fetch(url)).json()).toMatchObject(hostile);
  });

  it('refuses any Origin but the app, whatever the method or content type, and a foreign Host', async () => {
    const { config } = await playgroundTesting();
    const url = `${config.appOrigin}/control/sandboxes/foreign/policy`;
    const before = await (await fetch(url)).json();
    for (const origin of [
      config.apiOrigin,
      config.otherOrigin,
      config.crossSiteOrigin,
      'null',
      'http://127.0.0.1:1',
    ]) {
      for (const contentType of ['application/json', 'text/plain', 'application/x-www-form-urlencoded']) {
        const response = await fetch(url, {
          method: 'PUT',
          headers: { origin, 'content-type': contentType },
          body: JSON.stringify(hostile),
        });
        expect(response.status, `${origin} ${contentType}`).toBe(403);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
      }
      expect((await fetch(url, { headers: { origin } })).status, origin).toBe(403);
    }
    expect(await (await fetch(url)).json()).toEqual(before);
    // fetch always sends the URL's own Host: a raw request plays a DNS-rebinding page.
    const { port, pathname } = new URL(url);
    const rebinding = await playgroundTestingRaw(
      config.appOrigin,
      `GET ${pathname} HTTP/1.1\r\nHost: attacker.example:${port}\r\nConnection: close\r\n\r\n`,
    );
    expect(rebinding).toMatch(/^HTTP\/1\.1 421 /);
  });

  // The SPA's own documents (not served here) are checked where a real browser frames them: the e2e
  // permalinkGuard spec.
  it('forbids framing by other origins on every response', async () => {
    const { config } = await playgroundTesting();
    for (const path of ['/healthz', '/control/config', '/control/policy']) {
      const response = await fetch(`${config.appOrigin}${path}`);
      expect(response.headers.get('content-security-policy'), path).toBe("frame-ancestors 'self'");
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    }
  });
});
