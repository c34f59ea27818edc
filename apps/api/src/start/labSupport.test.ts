import { describe, expect, it } from 'vitest';
import { labSupport, labSupportBanner } from './labSupport.ts';
import { playgroundOptionsParse } from './playgroundOptions.ts';
import { playgroundConfig } from './playgroundStart.ts';

const supportOf = (argv: string[]) =>
  Object.fromEntries(
    labSupport(playgroundConfig(playgroundOptionsParse(argv, {}))).map((entry) => [
      entry.labs.split(' (')[0],
      entry.why ?? 'yes',
    ]),
  );

describe('labSupport', () => {
  it('supports every lab on one machine with the defaults', () => {
    expect(
      labSupport(playgroundConfig(playgroundOptionsParse([], {}))).every((entry) => entry.supported),
    ).toBe(true);
  });

  it('says what one wildcard name cannot give: an attacker on another site', () => {
    const support = supportOf(['--base-domain', 'ws.example.net']);
    expect(support['challenges from a same-site sibling']).toBe('yes');
    expect(support['challenges from another site']).toMatch(
      /evil\.ws\.example\.net is the same site as api\.victim\.ws\.example\.net: .*--cross-site-host/,
    );
    expect(support['challenges from a look-alike name']).toMatch(/--cross-site-host/);
    expect(support['Secure cookies']).toMatch(/--tls-cert/);
  });

  it('supports the cross-site labs with a second registrable domain and https', () => {
    const support = supportOf([
      '--base-domain',
      'ws.example.net',
      '--cross-site-host',
      'evil.example.org',
      '--tls-cert',
      'c.pem',
      '--tls-key',
      'k.pem',
    ]);
    expect(support['challenges from another site']).toBe('yes');
    expect(support['Secure cookies']).toBe('yes');
    // One look-alike glues the attacker's label to the victim's domain: still the victim's own site.
    expect(support['challenges from a look-alike name']).toMatch(
      /evilvictim\.ws\.example\.net is the same site/,
    );
  });

  it("says that *.localhost names are each participant's own machine on a LAN", () => {
    const support = supportOf(['--public-host', '192.168.1.10']);
    expect(support['challenges from a same-site sibling']).toMatch(/own machine.*--base-domain/);
    expect(support['the playground and its other site']).toMatch(/own machine/);
  });

  it('prints a line per group, yes or NO with the reason', () => {
    const banner = labSupportBanner(
      playgroundConfig(playgroundOptionsParse(['--base-domain', 'ws.example.net'], {})),
    );
    expect(banner).toMatch(/^ {2}labs {9}NO {2}the playground and its other site/m);
    expect(banner).toMatch(/^ {15}yes challenges from a same-site sibling/m);
    expect(banner).toMatch(/NO {2}challenges from another site/);
  });
});
