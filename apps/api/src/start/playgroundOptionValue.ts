import { InvalidArgumentError } from 'commander';
import { workshopTrustedProxiesParse } from '../workshop/workshopClientAddress.ts';

/**
 * The parsers of the playground's option values, one per kind of value: commander calls them for a
 * flag, `playgroundOptionsParse` for the same option's environment variable.
 */

export function portParse(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidArgumentError('must be a port number from 1 to 65535.');
  }
  return port;
}

/** A parser of whole numbers from `min` to `max`. */
function wholeNumberParse(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}.`);
    }
    return number;
  };
}

/** Connections per address: a whole number from 1 to 100,000. */
export const connectionsPerAddressParse = wholeNumberParse(1, 100_000);

/** The participant caps `--participants-cap` accepts: past 5,000, file descriptors and memory decide. */
export const participantsCapRange = { min: 1, max: 5000 } as const;

/** A participant cap: a whole number within `participantsCapRange`. */
export const participantsCapParse = wholeNumberParse(participantsCapRange.min, participantsCapRange.max);

/**
 * A DNS name the instructor's wildcard record covers: lower-case labels of letters, digits and inner
 * hyphens, at least two of them, and short enough that the longest derived name (a look-alike,
 * `victim.<name>.evil.<name>`) stays within DNS's 253 characters.
 */
export function baseDomainParse(value: string): string {
  const name = value.trim().toLowerCase().replace(/\.$/, '');
  if (name.startsWith('*.')) {
    throw new InvalidArgumentError(
      `give the name under the wildcard, without "*.": --base-domain ${name.slice(2)} for a record *.${name.slice(2)}.`,
    );
  }
  if (/^[\d.]+$/.test(name) || name.includes(':')) {
    throw new InvalidArgumentError(
      'must be a DNS name, not an IP address: an IP has no subdomains. Use --public-host <IP> instead.',
    );
  }
  const labels = name.split('.');
  const label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
  if (labels.length < 2 || !labels.every((part) => label.test(part))) {
    throw new InvalidArgumentError(
      'must be a DNS name of two or more labels (letters, digits, inner hyphens), e.g. ws.example.net.',
    );
  }
  if (name.length > 100) throw new InvalidArgumentError('must be at most 100 characters.');
  return name;
}

/** `--trust-proxy`: comma-separated IP addresses. */
export function trustProxyParse(value: string): string[] {
  try {
    return workshopTrustedProxiesParse(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}
