import type { HeaderList } from './httpTypes.ts';

/**
 * A field value Node's `setHeader` accepts and no parser can split: visible ASCII, space, tab and
 * obs-text only (no CR/LF/NUL, nothing above U+00FF), without leading or trailing white space.
 */
const valuePattern = /^(?:[\x21-\x7e\x80-\xff](?:[\t\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?)?$/;

/** The first value of a header, matching the name case-insensitively as HTTP does; null when absent. */
export function headerListGet(headers: HeaderList, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of headers) {
    if (key.toLowerCase() === wanted) return value;
  }
  return null;
}

/**
 * A header's value as fetch's `Headers.get` gives it: case-insensitive, repeated lines combined with
 * `, `; null when absent. The lookup for anything a page or a person reads.
 */
export function headerListCombined(headers: HeaderList, name: string): string | null {
  const values = headerListValues(headers, name);
  return values.length > 0 ? values.join(', ') : null;
}

/** Every value of a header, in order (`Cookie` may come on several lines); empty when absent. */
export function headerListValues(headers: HeaderList, name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of headers) {
    if (key.toLowerCase() === wanted) values.push(value);
  }
  return values;
}

/** Whether a string may be sent as a header value unchanged (request data is echoed only if so). */
export function headerListIsValue(value: string): boolean {
  return valuePattern.test(value);
}
