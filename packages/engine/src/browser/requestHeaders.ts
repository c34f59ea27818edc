import { corsSafelistNoCors } from './corsSafelist.ts';
import type { BrowserName, RequestMode } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { forbiddenRequestHeader } from './forbiddenRequest.ts';
import { requestRejection, type RequestRejection } from './requestRejection.ts';
import { specLink } from './specLink.ts';
import type { StepLog } from './stepLog.ts';
import { httpTokenIs } from '../http/httpToken.ts';

const edgeWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;
// NUL, CR and LF are exactly what a header value may not contain.
const invalidValue = /[\0\r\n]/;
// A ByteString holds code points up to U+00FF only.
// eslint-disable-next-line no-control-regex
const notByteString = /[^\x00-\xff]/;

/**
 * The request's headers as a `Headers` object with the `request` (or `request-no-cors`) guard keeps
 * them: validated, trimmed, lower-cased, repeated names combined with `, `, forbidden and (in no-cors
 * mode) unsafelisted ones silently dropped. Or the TypeError `fetch()` throws for an invalid one.
 */
export function requestHeadersPrepare(
  input: HeaderList,
  mode: RequestMode,
  browser: BrowserName,
  log: StepLog,
): HeaderList | RequestRejection {
  const headers: HeaderList = [];
  for (const [rawName, rawValue] of input) {
    const value = rawValue.replace(edgeWhitespace, '');
    if (notByteString.test(rawName) || notByteString.test(value)) {
      log.fail(
        'request.header',
        `Header "${rawName}" contains a character above U+00FF.`,
        specLink.headersAppend,
      );
      return requestRejection(
        "Failed to read the 'headers' property from 'RequestInit': String contains non ISO-8859-1 code point.",
        `${rawName} is an invalid header name.`,
        // WebKit's binding layer throws a bare TypeError for a non-Latin-1 string.
        'Type error',
      );
    }
    if (!httpTokenIs(rawName)) {
      log.fail('request.header', `"${rawName}" is not a valid header name.`, specLink.headersAppend);
      return requestRejection(
        'Invalid name',
        `${rawName} is an invalid header name.`,
        `Invalid header name: '${rawName}'`,
      );
    }
    if (invalidValue.test(value)) {
      log.fail('request.header', `The value of "${rawName}" contains NUL, CR or LF.`, specLink.headerValue);
      return requestRejection(
        'Invalid value',
        `${value} is an invalid header value.`,
        `Header '${rawName}' has invalid value: '${value}'`,
      );
    }
    const name = rawName.toLowerCase();
    if (forbiddenRequestHeader(name, value, browser)) {
      log.warn(
        'request.forbidden-header',
        `"${name}" is a forbidden request header: the browser silently drops it.`,
        specLink.forbiddenRequestHeader,
      );
      continue;
    }
    const existing = headers.find((entry) => entry[0] === name);
    const combined = existing ? `${existing[1]}, ${value}` : value;
    if (mode === 'no-cors' && !corsSafelistNoCors(name, combined, browser)) {
      log.warn(
        'request.no-cors-header',
        `"${name}: ${value}" is not a no-CORS-safelisted header, so no-cors mode silently drops it.`,
        specLink.noCorsSafelisted,
      );
      continue;
    }
    if (existing) existing[1] = combined;
    else headers.push([name, value]);
  }
  return headers;
}
