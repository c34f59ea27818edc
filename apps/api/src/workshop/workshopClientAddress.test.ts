import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  workshopAddressKey,
  workshopClientAddress,
  workshopTrustedProxiesParse,
} from './workshopClientAddress.ts';

function req(remoteAddress: string, forwarded?: string): IncomingMessage {
  return {
    socket: { remoteAddress },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  } as unknown as IncomingMessage;
}

describe('workshopClientAddress', () => {
  it('is the connection’s address unless a trusted proxy forwarded the request', () => {
    expect(workshopClientAddress(req('::ffff:192.0.2.1', '10.0.0.1'))).toBe('192.0.2.1');
    expect(workshopClientAddress(req('192.0.2.1', '10.0.0.1'), ['192.0.2.9'])).toBe('192.0.2.1');
    expect(workshopClientAddress(req('192.0.2.9', '10.0.0.1'), ['192.0.2.9'])).toBe('10.0.0.1');
  });

  it('reads X-Forwarded-For from the right, past trusted proxies only', () => {
    const proxies = ['192.0.2.9', '192.0.2.8'];
    expect(workshopClientAddress(req('192.0.2.9', '6.6.6.6, 10.0.0.1, 192.0.2.8'), proxies)).toBe('10.0.0.1');
    expect(workshopClientAddress(req('192.0.2.9', 'junk, 10.0.0.1'), proxies)).toBe('10.0.0.1');
    expect(workshopClientAddress(req('192.0.2.9', '10.0.0.1, junk'), proxies)).toBe('192.0.2.9');
  });

  it('counts an IPv6 client by its /64', () => {
    expect(workshopAddressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(workshopAddressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(workshopAddressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('parses --trust-proxy, refusing what is not an address', () => {
    expect(workshopTrustedProxiesParse('10.0.0.1, ::1,')).toEqual(['10.0.0.1', '::1']);
    expect(() => workshopTrustedProxiesParse('10.0.0.1,proxy.lan')).toThrow(
      /"proxy.lan" is not an IP address/,
    );
  });
});
