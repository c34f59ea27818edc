/** https://httpwg.org/specs/rfc9110.html#tokens: what a method or a header name must be. */
const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Whether `value` is a non-empty HTTP token (no spaces, quotes, separators, control or non-ASCII bytes). */
export function httpTokenIs(value: string): boolean {
  return tokenPattern.test(value);
}
