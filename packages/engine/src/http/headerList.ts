import { headerValueTrim } from './headerValue.ts';
import type { HeaderList } from './httpTypes.ts';

/**
 * A field value Node's `setHeader` accepts and no parser can split: visible ASCII, space, tab and
 * obs-text only (no CR/LF/NUL, nothing above U+00FF), without leading or trailing white space.
 */
const valuePattern = /^(?:[\x21-\x7e\x80-\xff](?:[\t\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?)?$/;

/**
 * A header's value, as Fetch's "get a header" defines it and `Headers.get` returns it: every line
 * whose name matches case-insensitively, joined with `, ` in order; null when absent. The one header
 * lookup, for the simulated browser, servers and pages alike: two `Access-Control-Allow-Origin` lines
 * read as the one invalid value `a, b`, as the browsers see them. A header list is the wire, so each
 * line loses the spaces and tabs around it, as an HTTP parser drops them before anyone reads it.
 * https://fetch.spec.whatwg.org/#concept-header-list-get
 */
export function headerListGet(headers: HeaderList, name: string): string | null {
  const values = headerListValues(headers, name);
  return values.length > 0 ? values.join(', ') : null;
}

/**
 * Every line of a header, in order, each trimmed as `headerListGet` trims it; empty when absent. Not
 * a value: for what the lines themselves mean, as Cookie lines (joined with `; `, never `, `) or how
 * many `Access-Control-Allow-Origin` lines came (Firefox rejects two outright).
 */
export function headerListValues(headers: HeaderList, name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of headers) {
    if (key.length === wanted.length && key.toLowerCase() === wanted) values.push(headerValueTrim(value));
  }
  return values;
}

/** Whether a string may be sent as a header value unchanged (request data is echoed only if so). */
export function headerListIsValue(value: string): boolean {
  return valuePattern.test(value);
}
