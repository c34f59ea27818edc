/**
 * A field value without the spaces and tabs around it, which is all an HTTP parser strips. Not
 * `String.prototype.trim`: that also strips VT, FF and NBSP, which both browsers keep (a vertical tab
 * before a method name makes it an invalid token, observed in Chromium and Firefox).
 */
export function headerValueTrim(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, '');
}

/**
 * Splits a comma-separated list header into trimmed, non-empty items, as both browsers tokenize
 * `Access-Control-Allow-Methods`/`-Headers`/`Expose-Headers`.
 */
export function headerValueSplit(value: string | null): string[] {
  if (value === null) return [];
  const items: string[] = [];
  for (const raw of value.split(',')) {
    const item = headerValueTrim(raw);
    if (item !== '') items.push(item);
  }
  return items;
}
