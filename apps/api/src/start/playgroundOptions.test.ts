import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playgroundOptionsIsLoopback, playgroundOptionsParse } from './playgroundOptions.ts';

describe('playgroundOptionsParse', () => {
  it('defaults to the documented ports on loopback', () => {
    const options = playgroundOptionsParse([], {});
    expect(options).toMatchObject({ appPort: 5173, apiPort: 4000, otherPort: 5174, host: '127.0.0.1' });
    expect(options).toMatchObject({ stagePort: 5175, victimDomain: 'victim.localhost' });
    expect(playgroundOptionsIsLoopback(options)).toBe(true);
  });

  it('takes flags over environment variables', () => {
    const options = playgroundOptionsParse(['--api-port', '4100'], { API_PORT: '4200', APP_PORT: '6000' });
    expect(options.apiPort).toBe(4100);
    expect(options.appPort).toBe(6000);
  });

  it('ignores a leading -- (pnpm passes it through to the script)', () => {
    expect(playgroundOptionsParse(['--', '--app-port', '4100'], {}).appPort).toBe(4100);
    expect(() => playgroundOptionsParse(['--app-port', '4100', '--', 'x'], {})).toThrow();
  });

  it('needs an explicit --host to leave loopback', () => {
    expect(playgroundOptionsIsLoopback(playgroundOptionsParse(['--host', '0.0.0.0'], {}))).toBe(false);
  });

  it('rejects a bad port with a clear message', () => {
    expect(() => playgroundOptionsParse(['--app-port', 'abc'], {})).toThrow(/port number/);
  });

  it('takes a TLS certificate and key together, never one alone', () => {
    expect(playgroundOptionsParse(['--tls-cert', 'c.pem', '--tls-key', 'k.pem'], {})).toMatchObject({
      tlsCert: 'c.pem',
      tlsKey: 'k.pem',
    });
    expect(() => playgroundOptionsParse(['--tls-cert', 'c.pem'], {})).toThrow(/go together/);
  });

  it('takes a per-address connection cap from the flag or CONNECTIONS_PER_ADDRESS, none by default', () => {
    expect(playgroundOptionsParse([], {}).connectionsPerAddress).toBeUndefined();
    expect(playgroundOptionsParse(['--connections-per-address', '1500'], {}).connectionsPerAddress).toBe(
      1500,
    );
    expect(playgroundOptionsParse([], { CONNECTIONS_PER_ADDRESS: '40' }).connectionsPerAddress).toBe(40);
    expect(
      playgroundOptionsParse(['--connections-per-address', '7'], { CONNECTIONS_PER_ADDRESS: '40' })
        .connectionsPerAddress,
    ).toBe(7);
    expect(() => playgroundOptionsParse(['--connections-per-address', '0'], {})).toThrow(/from 1 to 100000/);
    expect(() => playgroundOptionsParse([], { CONNECTIONS_PER_ADDRESS: 'many' })).toThrow(
      /CONNECTIONS_PER_ADDRESS must be a whole number/,
    );
  });
});

describe('--base-domain', () => {
  it('derives the public host, the victim domain and the cross-site host from one wildcard name', () => {
    expect(playgroundOptionsParse(['--base-domain', 'WS.Example.net'], {})).toMatchObject({
      baseDomain: 'ws.example.net',
      publicHost: 'play.ws.example.net',
      victimDomain: 'victim.ws.example.net',
      crossSiteHost: 'evil.ws.example.net',
    });
  });

  it('keeps a host name given by its own flag or variable, e.g. a cross-site host under another domain', () => {
    const options = playgroundOptionsParse(
      ['--base-domain', 'ws.example.net', '--cross-site-host', 'evil.example.org'],
      { PUBLIC_HOST: 'class.example.net' },
    );
    expect(options).toMatchObject({
      publicHost: 'class.example.net',
      victimDomain: 'victim.ws.example.net',
      crossSiteHost: 'evil.example.org',
    });
    expect(playgroundOptionsParse([], { BASE_DOMAIN: 'ws.example.net' }).publicHost).toBe(
      'play.ws.example.net',
    );
  });

  it.each([
    ['*.ws.example.net', /without "\*\."/],
    ['192.168.1.10', /not an IP address/],
    ['lan', /two or more labels/],
    ['bad_name.example.net', /two or more labels/],
    ['-x.example.net', /two or more labels/],
    [`${'a'.repeat(60)}.${'b'.repeat(60)}.net`, /at most 100/],
  ])('refuses %s with a clear message', (value, message) => {
    expect(() => playgroundOptionsParse(['--base-domain', value], {})).toThrow(message);
  });

  it('refuses a bad BASE_DOMAIN as it refuses the flag', () => {
    expect(() => playgroundOptionsParse([], { BASE_DOMAIN: '10.0.0.1' })).toThrow(
      /BASE_DOMAIN must be a DNS name/,
    );
  });
});

describe('--participants-cap', () => {
  it('defaults to 500 and takes a flag or PARTICIPANTS_CAP', () => {
    expect(playgroundOptionsParse([], {}).participantsCap).toBe(500);
    expect(playgroundOptionsParse(['--participants-cap', '900'], {}).participantsCap).toBe(900);
    expect(playgroundOptionsParse([], { PARTICIPANTS_CAP: '700' }).participantsCap).toBe(700);
  });

  it.each(['0', '5001', '1.5', 'many'])('refuses %s with a clear message', (value) => {
    expect(() => playgroundOptionsParse(['--participants-cap', value], {})).toThrow(
      /whole number from 1 to 5000/,
    );
    expect(() => playgroundOptionsParse([], { PARTICIPANTS_CAP: value })).toThrow(/PARTICIPANTS_CAP must be/);
  });
});

describe('--trust-proxy', () => {
  it('trusts no proxy by default, and takes a flag or TRUST_PROXY', () => {
    expect(playgroundOptionsParse([], {}).trustProxy).toEqual([]);
    expect(playgroundOptionsParse(['--trust-proxy', '10.0.0.1,::1'], {}).trustProxy).toEqual([
      '10.0.0.1',
      '::1',
    ]);
    expect(playgroundOptionsParse([], { TRUST_PROXY: '10.0.0.2' }).trustProxy).toEqual(['10.0.0.2']);
  });

  it('refuses what is not an IP address', () => {
    expect(() => playgroundOptionsParse(['--trust-proxy', 'proxy.lan'], {})).toThrow(/not an IP address/);
    expect(() => playgroundOptionsParse([], { TRUST_PROXY: 'proxy.lan' })).toThrow(/TRUST_PROXY "proxy.lan"/);
  });
});

describe('--workshop-file', () => {
  it('is taken from the directory npm start ran in (INIT_CWD), not the server’s', () => {
    const init = join(tmpdir(), 'room-of-the-user');
    expect(playgroundOptionsParse([], { INIT_CWD: init }).workshopFile).toBe(
      join(init, 'cors-workshop.json'),
    );
    expect(playgroundOptionsParse(['--workshop-file', 'a/b.json'], { INIT_CWD: init }).workshopFile).toBe(
      join(init, 'a', 'b.json'),
    );
    expect(playgroundOptionsParse([], { INIT_CWD: init, WORKSHOP_FILE: '/srv/w.json' }).workshopFile).toBe(
      '/srv/w.json',
    );
    expect(playgroundOptionsParse([], {}).workshopFile).toBe(join(process.cwd(), 'cors-workshop.json'));
    // pnpm replaces INIT_CWD with the repository's directory: `npm start` passes the user's on.
    const user = { PLAYGROUND_USER_DIR: init, INIT_CWD: process.cwd() };
    expect(playgroundOptionsParse([], user).workshopFile).toBe(join(init, 'cors-workshop.json'));
  });
});
