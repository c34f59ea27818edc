import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/** An IPv4-mapped IPv6 address as the IPv4 address it is. */
function workshopAddressPlain(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed.toLowerCase();
}

/**
 * The key rate limits count a client by: its IPv4 address, or the /64 network of its IPv6 address (one
 * host usually holds a whole /64, and could otherwise pick a new address for every request).
 */
export function workshopAddressKey(address: string): string {
  const plain = workshopAddressPlain(address);
  if (isIP(plain) !== 6) return plain;
  const [head = '', tail = ''] = plain.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === '' ? [] : tail.split(':');
  const groups = plain.includes('::')
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/** Parses `--trust-proxy`: comma-separated IP addresses of reverse proxies in front of the app. */
export function workshopTrustedProxiesParse(value: string): string[] {
  const addresses = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const wrong = addresses.find((entry) => isIP(workshopAddressPlain(entry)) === 0);
  if (wrong !== undefined) throw new Error(`${JSON.stringify(wrong)} is not an IP address.`);
  return addresses.map(workshopAddressPlain);
}

/**
 * The address a request comes from, as rate limits count it. `X-Forwarded-For` is read only when the
 * connection comes from a trusted proxy (anyone else can write anything in it), and then from the right:
 * the last entry a trusted proxy did not add is the client. Default: no trusted proxies.
 */
export function workshopClientAddress(req: IncomingMessage, trustedProxies: readonly string[] = []): string {
  let address = workshopAddressPlain(req.socket.remoteAddress ?? '');
  const forwarded = req.headers['x-forwarded-for'];
  if (trustedProxies.includes(address) && forwarded !== undefined) {
    const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)
      .split(',')
      .map(workshopAddressPlain);
    for (let hop = hops.pop(); hop !== undefined; hop = hops.pop()) {
      if (isIP(hop) === 0) break;
      address = hop;
      if (!trustedProxies.includes(hop)) break;
    }
  }
  return workshopAddressKey(address);
}
