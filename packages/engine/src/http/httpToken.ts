/**
 * An HTTP token (RFC 9110 §5.6.2): what method names and header names must be. One definition for the
 * policy schema, the server side, the simulator and the fixes, so that they can never disagree on
 * what a valid name is.
 */
export const httpTokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Whether `value` is an HTTP token, e.g. `PUT` or `X-Request-Id` (not `X Request`, not empty). */
export function httpTokenIs(value: string): boolean {
  return httpTokenPattern.test(value);
}
