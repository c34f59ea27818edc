import type { OriginEntry, OriginRegex } from '@cors-playground/engine';
import type { ExportDifference } from './policyExport.ts';

export type OriginEntryKind = 'exact' | 'null' | 'wildcard' | 'regex';

/** Classifies an allowed-origin entry the way the engine matches it (`://*.` marks a wildcard). */
export function originEntryKind(entry: OriginEntry): OriginEntryKind {
  if (typeof entry !== 'string') return 'regex';
  if (entry === 'null') return 'null';
  return entry.includes('://*.') ? 'wildcard' : 'exact';
}

/** Escapes a literal for use inside a regular expression (same set for JS, RE2, PCRE, Python, Java, .NET). */
export function originEntryEscape(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** The lower-case subdomain labels the `*` of `https://*.example.com` stands for, as the engine matches them. */
export const originEntrySubdomainSource = '[a-z0-9-]+(?:\\.[a-z0-9-]+)*';

/**
 * A fully anchored regex source for a wildcard entry: its `*` stands for one or more lower-case
 * subdomain labels (`https://*.example.com` matches `https://a.example.com` and `https://a.b.example.com`,
 * never the bare `https://example.com`), exactly as the engine's `originMatchEntry`.
 */
export function originEntryWildcardSource(entry: string): string {
  const star = entry.indexOf('://*.');
  const prefix = entry.slice(0, star + 3);
  const suffix = entry.slice(star + 4);
  return `^${originEntryEscape(prefix)}${originEntrySubdomainSource}${originEntryEscape(suffix)}$`;
}

/** A regex entry's source with its anchoring written into the pattern itself (for unanchored engines). */
export function originEntryAnchoredSource(regex: OriginRegex): string {
  switch (regex.anchor) {
    case 'none':
      return regex.regex;
    case 'start':
      return `^(?:${regex.regex})`;
    case 'both':
      return `^(?:${regex.regex})$`;
  }
}

/** The regex dialects of the export targets. */
export type RegexDialect = 'javascript' | 'python' | 'pcre' | 'java' | 'dotnet';

/** RE2 constructs some dialects lack or read differently; RE2 itself is what the playground runs. */
const dialectPitfalls: Array<{ pattern: RegExp; construct: string; unsupported: RegexDialect[] }> = [
  { pattern: /\(\?[imsU]+[):]/, construct: 'inline flags like (?i)', unsupported: ['javascript'] },
  {
    pattern: /\(\?P</,
    construct: 'named groups written (?P<name>…)',
    unsupported: ['javascript', 'java', 'dotnet'],
  },
  { pattern: /\\z/, construct: '\\z', unsupported: ['javascript', 'python'] },
  { pattern: /\\A/, construct: '\\A', unsupported: ['javascript'] },
  { pattern: /\\Q/, construct: '\\Q…\\E quoting', unsupported: ['javascript', 'python', 'dotnet'] },
  {
    pattern: /\[\[:[a-z]+:\]/,
    construct: 'POSIX classes like [[:alpha:]]',
    unsupported: ['javascript', 'python', 'java', 'dotnet'],
  },
  { pattern: /\\[pP][A-Z{]/, construct: 'Unicode classes like \\pL', unsupported: ['javascript', 'python'] },
  { pattern: /\\C/, construct: '\\C (any byte)', unsupported: ['javascript', 'python', 'java', 'dotnet'] },
];

/** RE2 constructs in `source` that `dialect` does not support (empty when the pattern ports as is). */
export function originEntryDialectGaps(source: string, dialect: RegexDialect): string[] {
  return dialectPitfalls
    .filter((p) => p.unsupported.includes(dialect) && p.pattern.test(source))
    .map((p) => p.construct);
}

/** The origin difference a pattern makes when it uses RE2 constructs PCRE reads differently. */
export function originEntryPcreGaps(source: string): ExportDifference[] {
  const gaps = originEntryDialectGaps(source, 'pcre');
  if (gaps.length === 0) return [];
  return [{ aspect: 'origin', message: `PCRE reads ${gaps.join(', ')} in /${source}/ differently.` }];
}
