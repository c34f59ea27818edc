/**
 * One sentence per policy field: what it does and what it is called in the middlewares learners use
 * (Express `cors`, django-cors-headers, NelmioCorsBundle), so a playground setting maps to real config.
 */
export const policyFieldHelp = {
  enabled:
    'Whether the CORS layer runs at all; off is like not installing the middleware (Express: no app.use(cors()); django: path outside CORS_URLS_REGEX; Nelmio: no matching paths entry).',
  origin:
    'Which origins get Access-Control-Allow-Origin: any sends "*" (Express origin: "*", django CORS_ALLOW_ALL_ORIGINS), reflect echoes every Origin (Express origin: true), list allows only the entries (Express origin: [...], django CORS_ALLOWED_ORIGINS, Nelmio allow_origin).',
  originEntry:
    'An exact origin, the string null (sandboxed iframes, file:), a wildcard subdomain like https://*.example.com, or a regex (Express RegExp, django CORS_ALLOWED_ORIGIN_REGEXES, Nelmio origin_regex).',
  originRegex:
    'RE2 syntax; the anchor reproduces each framework: none = unanchored test() like Express and Nelmio, start = re.match like django, both = whole string; ignore case like Nelmio.',
  credentials:
    'Sends Access-Control-Allow-Credentials: true so cookies and auth may be used (Express credentials: true, django CORS_ALLOW_CREDENTIALS, Nelmio allow_credentials).',
  allowMethods:
    'Access-Control-Allow-Methods on preflights: a list (Express methods, django CORS_ALLOW_METHODS, Nelmio allow_methods) or reflect the requested method.',
  allowHeaders:
    'Access-Control-Allow-Headers on preflights: a list (Express allowedHeaders, django CORS_ALLOW_HEADERS, Nelmio allow_headers) or reflect the requested headers (Express default).',
  exposeHeaders:
    'Response headers JavaScript may read beyond the safelisted ones, via Access-Control-Expose-Headers (Express exposedHeaders, django CORS_EXPOSE_HEADERS, Nelmio expose_headers).',
  maxAge:
    'Access-Control-Max-Age in seconds: how long browsers may cache a preflight; none leaves the Fetch standard default of 5 s (Express maxAge, django CORS_PREFLIGHT_MAX_AGE, Nelmio max_age).',
  preflightStatus:
    'The status of the preflight answer: 204 like Express, 200 like django; anything outside 200-299 fails the preflight in the browser (Express optionsSuccessStatus).',
  preflightContinue:
    'Passes the preflight on to your routes instead of answering it, so a missing OPTIONS route answers 404 (Express preflightContinue: true).',
  varyOrigin:
    'Adds Vary: Origin when the answer depends on the Origin, so caches do not serve one origin\u2019s ACAO to another (Express cors and django-cors-headers add it).',
  corsOnErrors:
    'Whether 4xx/5xx responses keep their CORS headers; off is like an error handler that runs before the CORS middleware, turning a real error into a CORS error.',
  rejectDisallowedOrigin:
    'Answers a disallowed Origin with 403 instead of just leaving out the CORS headers (Spring and ASP.NET reject; Express, django and Nelmio omit).',
  paths:
    'Per-path rules: the first rule whose RE2 pattern is found in the request path overrides the fields it sets (django CORS_URLS_REGEX, Nelmio paths).',
} as const;

export type PolicyFieldHelpKey = keyof typeof policyFieldHelp;
