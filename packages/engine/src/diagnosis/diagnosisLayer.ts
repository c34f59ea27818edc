import { urlParse } from '../http/urlParse.ts';
import {
  diagnosisExchangeFailed,
  diagnosisExchangeHeader,
  diagnosisExchangePreflight,
} from './diagnosisExchange.ts';
import type { Diagnosis, DiagnosisInput } from './diagnosisTypes.ts';

/** Statuses a gateway or proxy answers with when the app behind it failed or did not answer. */
const gatewayStatuses = new Set([502, 503, 504]);

/**
 * Shapes whose fix belongs to another layer than the CORS configuration: a response built outside the
 * CORS middleware (an error page, authentication, a hand-built reply), or a preflight sent to a URL
 * that redirects.
 */
export function diagnosisLayer(input: DiagnosisInput): Diagnosis[] {
  if (input.trace.ok) return [];
  return [diagnosisLayerError(input), diagnosisLayerAuth(input), diagnosisLayerRedirect(input)].filter(
    (d): d is Diagnosis => d !== null,
  );
}

function diagnosisLayerError({ trace }: DiagnosisInput): Diagnosis | null {
  const failed = diagnosisExchangeFailed(trace);
  if (trace.failure?.code !== 'missing-allow-origin' || trace.failure.preflight) return null;
  if (!failed || failed.kind !== 'actual' || failed.response.status < 400) return null;
  const status = failed.response.status;
  const preflight = diagnosisExchangePreflight(trace);
  const configured =
    preflight !== null && diagnosisExchangeHeader(preflight, 'access-control-allow-origin') !== null;
  const evidence = configured
    ? `The preflight passed, so CORS is configured, but the actual response (status ${status}) carries no Access-Control-Allow-Origin.`
    : `The response is an error (status ${status}) without Access-Control-Allow-Origin; if this URL's successful answers carry it, the error is made where the CORS layer never sees it.`;
  if (gatewayStatuses.has(status)) {
    return {
      id: 'gateway-error-without-cors',
      party: 'proxy',
      title: `The ${status} comes from the proxy or gateway, without CORS headers`,
      cause: `${evidence} A ${status} is what a proxy, load balancer or gateway answers when the app behind it crashed, timed out or was not running: the app's CORS middleware never ran. JavaScript sees a CORS error instead of the real ${status}.`,
      remedy: `Find why the app did not answer (its logs), and let the proxy add CORS headers to its own error answers too, so the page sees the real status.`,
      remedies: {
        nginx: `add_header only applies to 2xx and 3xx answers unless it says always: write add_header Access-Control-Allow-Origin $cors_origin always; (and the other CORS headers), also in the location your error_page uses.`,
        lambda: `API Gateway answers ${status} itself (integration timeout, throttling, a crashed function): add the CORS headers to its Gateway Responses (DEFAULT_5XX and DEFAULT_4XX), and look at the function's logs.`,
      },
      policyFixMisleading: true,
    };
  }
  return {
    id: 'error-without-cors',
    party: 'framework',
    title: `The ${status} error response is rendered outside the CORS layer`,
    cause: `${evidence} The error page is produced by a layer that runs outside (or replaces the response of) the CORS middleware: an exception handler, a crash page, or a handler that builds its own response. JavaScript sees a CORS error instead of the real ${status}.`,
    remedy:
      'Make the CORS layer wrap every response, errors included: register it first, outside the error handler, and never build a response that bypasses it. Then fix the error itself, which the page can now read.',
    remedies: {
      express:
        'Register app.use(cors(options)) first, before body parsers, authentication and routes: an error thrown by middleware registered before it gets no CORS headers. Your error handler must not replace the response headers (no res.set of a fresh header object).',
      fastify:
        '@fastify/cors sets its headers on reply in an onRequest hook; a handler that writes reply.raw (reply.raw.writeHead/end) or calls reply.hijack() bypasses reply and loses them. Use reply.code(status).send(payload), or copy the headers to reply.raw yourself. Register @fastify/cors before any plugin that may throw in its own onRequest hook.',
      django:
        "Put 'corsheaders.middleware.CorsMiddleware' first in MIDDLEWARE: an exception raised in a middleware above it (or the technical 500 page it turns into) is rendered outside CorsMiddleware and gets no CORS headers (django-cors-headers#512). A 500 from the WSGI server itself (gunicorn timeout) needs headers at the proxy.",
      nginx:
        'add_header only applies to 2xx and 3xx answers unless it says always: write add_header Access-Control-Allow-Origin … always; (and the other CORS headers), also in the location an error_page points to.',
      spring:
        'An exception is forwarded to /error (BasicErrorController), a new dispatch that @CrossOrigin on your controller does not cover: configure CORS globally (a CorsConfigurationSource bean with http.cors(), or WebMvcConfigurer.addCorsMappings for /**) so error dispatches carry the headers too.',
      aspnet:
        'UseExceptionHandler clears the response headers before it renders the error: call app.UseCors(...) after app.UseExceptionHandler(...), so the re-executed error request passes through CORS again.',
      nelmio:
        'Nelmio adds its headers in a kernel.response listener, which exception responses also pass; a PHP fatal error or a 5xx from php-fpm never reaches the kernel: add the headers at the web server for those.',
      lambda:
        "With a Lambda proxy integration, API Gateway's CORS setting only answers the preflight: the function builds every other response itself. Return the CORS headers from every code path, the catch block included, and add them to the API's Gateway Responses (DEFAULT_4XX, DEFAULT_5XX) for errors API Gateway produces.",
    },
    policyFixMisleading: true,
    challenge: 'errors-without-cors',
  };
}

function diagnosisLayerAuth({ trace }: DiagnosisInput): Diagnosis | null {
  const preflight = diagnosisExchangePreflight(trace);
  if (!trace.failure?.preflight || !preflight) return null;
  const status = preflight.response.status;
  // Spring's own "Invalid CORS request" 403 is CORS rejecting the origin, not authentication.
  if ((status !== 401 && status !== 403) || /invalid cors request/i.test(preflight.response.body ?? ''))
    return null;
  return {
    id: 'preflight-auth',
    party: 'framework',
    title: `Authentication answers the preflight with ${status} before CORS runs`,
    cause: `The preflight (OPTIONS) got ${status}. Browsers never send cookies or an Authorization header on a preflight, so an authentication layer in front of CORS refuses it, and the browser stops there. The CORS configuration itself is never reached: adding origins or headers to it changes nothing.`,
    remedy:
      'Let the CORS layer answer preflights before authentication runs, or let OPTIONS requests through authentication unauthenticated.',
    remedies: {
      spring:
        'Enable CORS inside Spring Security: http.cors(Customizer.withDefaults()) with a CorsConfigurationSource bean, so its CorsFilter answers preflights before authentication. A @CrossOrigin or WebMvcConfigurer mapping alone runs after Security has refused the OPTIONS. (Or permit them: requestMatchers(HttpMethod.OPTIONS, "/**").permitAll().)',
      express:
        "Register app.use(cors(options)) before the authentication middleware (passport, express-jwt, your own): cors answers the preflight and ends it. Or skip authentication when req.method === 'OPTIONS'.",
      fastify:
        'Register @fastify/cors before the authentication hook, and skip the check for OPTIONS in your onRequest/preHandler hook (@fastify/cors answers preflights in its own onRequest hook).',
      django:
        "Put 'corsheaders.middleware.CorsMiddleware' above any authentication middleware in MIDDLEWARE: it answers preflights itself. For Django REST Framework, an OPTIONS view with IsAuthenticated refuses it: CorsMiddleware must answer first.",
      nginx:
        'auth_basic and auth_request apply to OPTIONS too: answer preflights first with if ($request_method = OPTIONS) { add_header … always; return 204; } (the rewrite phase runs before access checks).',
      aspnet: 'Call app.UseCors(...) before app.UseAuthentication() and app.UseAuthorization().',
      nelmio:
        'Make sure the path is under nelmio_cors.paths: Nelmio answers preflights in a kernel.request listener that runs before the security firewall.',
      lambda:
        "An authorizer is attached to the OPTIONS method: in a REST API give OPTIONS Authorization NONE (the console's Enable CORS mock integration); in an HTTP API configure CORS on the API, which answers preflights before any authorizer.",
    },
    policyFixMisleading: true,
  };
}

function diagnosisLayerRedirect({ trace }: DiagnosisInput): Diagnosis | null {
  const preflight = diagnosisExchangePreflight(trace);
  if (!preflight || preflight.response.status < 300 || preflight.response.status > 399) return null;
  const location = diagnosisExchangeHeader(preflight, 'location');
  const target = location === null ? null : urlParse(location, preflight.request.url);
  const from = urlParse(preflight.request.url);
  if (!target || !from) return null;
  const slash =
    target.origin === from.origin &&
    (target.pathname === `${from.pathname}/` || `${target.pathname}/` === from.pathname);
  const https = from.protocol === 'http:' && target.protocol === 'https:';
  const why = slash
    ? `a trailing slash: ${from.pathname} → ${target.pathname}`
    : https
      ? 'http → https'
      : `${from.href} → ${target.href}`;
  return {
    id: 'preflight-redirect',
    party: 'page',
    title: `Call ${target.href} directly: the preflight is redirected`,
    cause: `The preflight got ${preflight.response.status} (${why}). Browsers never follow a redirect on a preflight, whatever CORS headers it carries: the request fails before it is sent. The URL is what is wrong, not the CORS headers.`,
    remedy: `Request the final URL, ${target.href}, from the page (the route's exact path${https ? ' and https' : ''}).`,
    remedies: {
      django:
        'APPEND_SLASH redirects /items to /items/ (CommonMiddleware): call the URL with its trailing slash, or define the route without it.',
      fastify:
        'Call the path exactly as the route is declared, or make the router ignore it (routerOptions: { ignoreTrailingSlash: true }).',
      express:
        'A redirect to add a slash comes from express.static or serve-static for a directory (redirect: false turns it off): call the path exactly as the route is declared.',
      nginx:
        'nginx redirects a directory (or your return 301) to the URL with a slash, and http to https: call the final URL directly.',
      spring:
        'Call the path exactly as mapped; Spring 6 no longer matches a trailing slash, and a redirect in front (a gateway, http → https) breaks the preflight.',
    },
    policyFixMisleading: true,
  };
}
