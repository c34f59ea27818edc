import { headerListGet } from '../http/headerList.ts';
import { diagnosisExchangeActual } from './diagnosisExchange.ts';
import type { Diagnosis, DiagnosisInput } from './diagnosisTypes.ts';

/**
 * Response headers the page reads but JavaScript cannot see: the server sends them without exposing
 * them, or does not send them at all (then no CORS setting helps).
 */
export function diagnosisRead({ trace, readHeaders = [] }: DiagnosisInput): Diagnosis[] {
  const actual = diagnosisExchangeActual(trace);
  if (!trace.ok || !trace.response || !actual) return [];
  const visible = trace.response.headers;
  const unread = readHeaders.filter((h) => !(h.toLowerCase() in visible));
  const hidden = unread.filter((h) => headerListGet(actual.response.headers, h) !== null);
  const absent = unread.filter((h) => headerListGet(actual.response.headers, h) === null);
  const found: Diagnosis[] = [];
  if (hidden.length > 0) {
    const names = hidden.join(', ');
    const quoted = hidden.map((h) => `'${h}'`).join(', ');
    const doubled = hidden.map((h) => `"${h}"`).join(', ');
    found.push({
      id: 'read-header-hidden',
      party: 'server',
      title: `Expose ${names} to JavaScript`,
      cause: `The response carries ${names}, but scripts only see the safelisted response headers (Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma) plus those Access-Control-Expose-Headers names. The fetch succeeds and the header reads as null (axios: undefined).`,
      remedy: `Send Access-Control-Expose-Headers: ${names} on the actual response (not the preflight).`,
      remedies: {
        express: `cors({ ..., exposedHeaders: [${quoted}] })`,
        fastify: `fastify.register(cors, { ..., exposedHeaders: [${quoted}] })`,
        django: `CORS_EXPOSE_HEADERS = [${doubled}]`,
        nelmio: `expose_headers: [${quoted}] in nelmio_cors`,
        nginx: `add_header Access-Control-Expose-Headers "${names}" always;`,
        spring: `configuration.setExposedHeaders(List.of(${doubled})) (or @CrossOrigin(exposedHeaders = ${doubled}))`,
        aspnet: `policy.WithExposedHeaders(${doubled})`,
        lambda: `Return "Access-Control-Expose-Headers": "${names}" with the function's response headers (HTTP API: ExposeHeaders in the API's CORS configuration).`,
      },
      policyFixMisleading: false,
    });
  }
  if (absent.length > 0) {
    const names = absent.join(', ');
    found.push({
      id: 'read-header-absent',
      party: 'server',
      title: `The server never sends ${names}`,
      cause: `The actual response has no ${names} header at all: exposing it changes nothing, since there is nothing to expose.`,
      remedy: `Make the route send ${names} (check the URL and the route's code), then expose it with Access-Control-Expose-Headers.`,
      remedies: {},
      policyFixMisleading: true,
    });
  }
  return found;
}
