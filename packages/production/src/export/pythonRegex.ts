import type { OriginEntry } from '@cors-playground/engine';
import { originEntryDialectGaps, originEntryWildcardSource } from './originEntry.ts';
import type { ExportDifference } from './policyExport.ts';

/** How a Python library applies a pattern: `re.match` (anchored at the start) or `re.fullmatch`. */
export type PythonRegexCall = 'match' | 'fullmatch';

/**
 * A Python pattern for a regex or wildcard origin entry that matches exactly the origins the engine's
 * entry matches, under `call`. `caseInsensitive` says the library compiles with re.IGNORECASE itself
 * (Flask-CORS does), so a case-sensitive entry is scoped back with `(?-i:…)`.
 */
export function pythonRegexOrigin(
  entry: OriginEntry,
  call: PythonRegexCall,
  caseInsensitive: boolean,
): string {
  const regex =
    typeof entry === 'string'
      ? { regex: originEntryWildcardSource(entry).slice(1, -1), anchor: 'both' as const, ignoreCase: false }
      : entry;
  const tail = call === 'match' ? '\\Z' : '';
  const source = pythonRegexScoped(regex.regex);
  const body =
    regex.anchor === 'none'
      ? `.*?${source}${call === 'fullmatch' ? '.*' : ''}`
      : regex.anchor === 'start'
        ? `${source}${call === 'fullmatch' ? '.*' : ''}`
        : `${source}${tail}`;
  if (regex.ignoreCase === caseInsensitive) return body;
  return regex.ignoreCase ? `(?i:${body})` : `(?-i:${body})`;
}

/**
 * `regex` as one group. A leading global flag group (`(?i)x`, which RE2 reads as "from here on")
 * becomes a scoped one (`(?i:x)`): Python 3.11 refuses global flags anywhere but at the very start.
 */
function pythonRegexScoped(regex: string): string {
  const flags = /^\(\?([ims]+)\)/.exec(regex);
  return flags ? `(?${flags[1]}:${regex.slice(flags[0].length)})` : `(?:${regex})`;
}

/** The difference an origin regex using RE2 constructs Python's re lacks makes, saying `consequence`. */
export function pythonRegexGaps(regex: string, consequence: string): ExportDifference[] {
  const gaps = originEntryDialectGaps(regex, 'python');
  if (gaps.length === 0) return [];
  return [
    {
      aspect: 'origin',
      message: `Python's re does not support ${gaps.join(', ')} in /${regex}/: ${consequence}.`,
    },
  ];
}
