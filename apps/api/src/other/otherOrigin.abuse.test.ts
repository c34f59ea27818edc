import { describe, expect, it } from 'vitest';
import { playgroundTesting, playgroundTestingRaw } from '../start/playgroundTesting.testkit.ts';

describe('abuse: the other site', () => {
  it('escapes the Host header it shows', async () => {
    const { config } = await playgroundTesting();
    const reply = await playgroundTestingRaw(
      config.otherOrigin,
      'GET / HTTP/1.1\r\nHost: x"><script>alert(1)</script>\r\nConnection: close\r\n\r\n',
    );
    expect(reply).toMatch(/^HTTP\/1\.1 200 /);
    expect(reply).not.toContain('<script>');
    expect(reply).toContain('x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
