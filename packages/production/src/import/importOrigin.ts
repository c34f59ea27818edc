import { originStringSchema } from '@cors-playground/engine';

/**
 * Whether an origin string compared by equality can ever equal an Origin a browser sends: browsers
 * send lower-case `scheme://host[:port]` (or `null`), never a path or a `*`.
 */
export function importOriginMatchable(origin: string): boolean {
  return origin === 'null' || (originStringSchema.safeParse(origin).success && !origin.includes('*'));
}

/**
 * A Python `re` pattern in RE2's syntax: Python's end-of-string `\Z` is RE2's `\z` (RE2 refuses `\Z`,
 * Python before 3.14 refuses `\z`); everything else the two read alike is kept as written.
 */
export function importOriginPythonRegex(source: string): string {
  return source.replace(/\\(.)/gs, (escape: string, char: string) => (char === 'Z' ? '\\z' : escape));
}

/**
 * The origin a pattern matches when it is nothing but one escaped literal run to the end of the string
 * (`(?-i:http://\[::1\]:4000\z)`, as exports write an exact origin holding regex characters), or null.
 * `caseSensitive` says whether the pattern is matched without IGNORECASE outside a `(?-i:…)` scope.
 */
export function importOriginLiteral(source: string, caseSensitive: boolean): string | null {
  const scoped = /^\(\?-i:(.*)\)$/s.exec(source);
  const body = scoped ? scoped[1]! : source;
  if (!scoped && !caseSensitive) return null;
  const literal = /^((?:[^\\^$.*+?()[\]{}|]|\\[\\^$.*+?()[\]{}|/-])*)\\z$/.exec(body.replace(/^\^/, ''));
  if (!literal) return null;
  const origin = literal[1]!.replace(/\\(.)/g, '$1');
  return importOriginMatchable(origin) ? origin : null;
}
