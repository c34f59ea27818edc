import type { HeaderList } from './../http/httpTypes.ts';

/**
 * A field value without the spaces and tabs around it, which is all an HTTP parser strips. Not
 * `String.prototype.trim`: that also strips VT, FF and NBSP, which both browsers keep (a vertical tab
 * before a method name makes it an invalid token, observed in Chromium and Firefox).
 */
export function headerCombineTrim(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, '');
}

/**
 * A header's value as `Headers.get` and the network stacks see it: every line with that name
 * (case-insensitive), joined with `, `. Null when absent. Combining matters: two
 * `Access-Control-Allow-Origin` lines become one invalid `a, b` value in Chromium.
 */
export function headerCombine(headers: HeaderList, name: string): string | null {
  let combined: string | null = null;
  for (const [key, value] of headers) {
    if (key.length === name.length && key.toLowerCase() === name) {
      // HTTP parsers drop a field value's surrounding spaces and tabs before anyone reads it.
      const trimmed = headerCombineTrim(value);
      combined = combined === null ? trimmed : `${combined}, ${trimmed}`;
    }
  }
  return combined;
}

/** How many lines carry the header (`name` lower-case); Firefox rejects two ACAO lines outright. */
export function headerCombineCount(headers: HeaderList, name: string): number {
  let count = 0;
  for (const [key] of headers) {
    if (key.length === name.length && key.toLowerCase() === name) count += 1;
  }
  return count;
}

/**
 * Splits a comma-separated list header into trimmed, non-empty items, as both browsers tokenize
 * `Access-Control-Allow-Methods`/`-Headers`/`Expose-Headers`.
 */
export function headerCombineSplit(value: string | null): string[] {
  if (value === null) return [];
  const items: string[] = [];
  for (const raw of value.split(',')) {
    const item = headerCombineTrim(raw);
    if (item !== '') items.push(item);
  }
  return items;
}
