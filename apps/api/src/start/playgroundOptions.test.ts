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
});
