import { originMatchEntry, type OriginEntry, type OriginPolicy } from '@cors-playground/engine';
import { regexSample } from './regexSample.ts';

/** An origin the policy was written for, split up so attack origins can be built from it. */
export interface OwnOrigin {
  scheme: 'http' | 'https';
  /** Lower-case host; for a `*.` wildcard, the domain after `*.`. */
  host: string;
  /** `:8443`, or `''` for the scheme's default. */
  port: string;
}

const originShape = /^(https?):\/\/([^/:?#\s]+)(:\d{1,5})?$/i;

/** Splits a serialized origin; null for anything else (`null`, a URL with a path, another scheme). */
export function ownOriginParse(origin: string): OwnOrigin | null {
  const m = originShape.exec(origin);
  if (!m) return null;
  return {
    scheme: (m[1] ?? '').toLowerCase() as OwnOrigin['scheme'],
    host: (m[2] ?? '').toLowerCase(),
    port: m[3] ?? '',
  };
}

/** The origin's serialization: `https://www.bank.example:8443`. */
export function ownOriginText(own: OwnOrigin): string {
  return `${own.scheme}://${own.host}${own.port}`;
}

/**
 * The policy's own origins: the domains of `*.` wildcards and samples of what each regex was meant to
 * accept, then the exact entries (only samples the engine's matcher accepts, or, failing that, the host
 * names spelled in the pattern).
 */
export function ownOrigins(policy: OriginPolicy): OwnOrigin[] {
  if (policy.mode !== 'list') return [];
  const out = new Map<string, OwnOrigin>();
  // Patterns first: their look-alikes are the ones a pattern may grant, and callers may take only the first few.
  const patterns = policy.allow.filter((e) => typeof e !== 'string' || e.includes('://*.'));
  const exact = policy.allow.filter((e) => typeof e === 'string' && !e.includes('://*.'));
  for (const entry of [...patterns, ...exact]) {
    for (const own of ownOriginsOfEntry(entry))
      if (!out.has(ownOriginText(own))) out.set(ownOriginText(own), own);
  }
  return [...out.values()];
}

function ownOriginsOfEntry(entry: OriginEntry): OwnOrigin[] {
  if (typeof entry === 'string') {
    const own = ownOriginParse(entry.replace('://*.', '://'));
    return own ? [own] : [];
  }
  const accepted: OwnOrigin[] = [];
  for (const sample of regexSample(entry.regex)) {
    for (const text of ownOriginGuesses(sample)) {
      const own = ownOriginParse(text);
      // A legitimate origin has a plain host name: `www.bank.example_` is a sample of the hole, not of the app.
      if (own && /^[a-z0-9.-]+$/.test(own.host) && originMatchEntry(entry, ownOriginText(own))) {
        accepted.push(own);
        break;
      }
    }
  }
  if (accepted.length > 0) return accepted;
  // Too clever a pattern to sample: the host names it spells out still make useful look-alikes.
  const https = !/http(?!s)/.test(entry.regex.replace(/https\??/g, ''));
  const hosts = entry.regex.replace(/\\\./g, '.').match(/[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi) ?? [];
  return hosts.map((host) => ({ scheme: https ? 'https' : 'http', host: host.toLowerCase(), port: '' }));
}

/** A sample as an origin: as is, with a scheme when it has none, with a first label when it starts with a dot. */
function ownOriginGuesses(sample: string): string[] {
  const text = sample.toLowerCase().replace(/^\.+/, 'www.');
  if (/^[a-z]+:\/\//.test(text)) return [text, text.replace(/^([a-z]+:\/\/[^/?#]*).*$/, '$1')];
  const host = text.replace(/^\/+/, '');
  return [`https://${host}`, `http://${host}`];
}
