/** Anchors in the WHATWG Fetch standard, so every trace step cites the rule it applied. */
const fetchSpec = 'https://fetch.spec.whatwg.org/#';

/** Each rule's anchor in the standard, by the name the simulator's steps use. */
const specAnchors = {
  requestConstructor: 'dom-request',
  methodNormalize: 'concept-method-normalize',
  forbiddenMethod: 'forbidden-method',
  forbiddenRequestHeader: 'forbidden-request-header',
  headersAppend: 'concept-headers-append',
  headerValue: 'concept-header-value',
  noCorsSafelisted: 'no-cors-safelisted-request-header',
  corsSafelistedRequestHeader: 'cors-safelisted-request-header',
  corsUnsafeNames: 'cors-unsafe-request-header-names',
  corsSafelistedMethod: 'cors-safelisted-method',
  mainFetch: 'main-fetch',
  httpFetch: 'http-fetch',
  httpNetworkOrCacheFetch: 'http-network-or-cache-fetch',
  networkError: 'concept-network-error',
  schemeFetch: 'scheme-fetch',
  dataUrl: 'data-url-processor',
  originHeader: 'origin-header',
  preflightFetch: 'cors-preflight-fetch',
  preflightCache: 'cors-preflight-cache',
  corsCheck: 'concept-cors-check',
  allowOrigin: 'http-access-control-allow-origin',
  credentials: 'cors-protocol-and-credentials',
  okStatus: 'ok-status',
  headerSyntax: 'http-new-header-syntax',
  nonWildcardHeader: 'cors-non-wildcard-request-header-name',
  redirectFetch: 'http-redirect-fetch',
  taintedOrigin: 'concept-request-tainted-origin',
  basicResponse: 'concept-filtered-response-basic',
  corsResponse: 'concept-filtered-response-cors',
  opaqueResponse: 'concept-filtered-response-opaque',
  opaqueRedirect: 'concept-filtered-response-opaque-redirect',
  exposedHeaders: 'concept-response-cors-exposed-header-name-list',
  safelistedResponseHeader: 'cors-safelisted-response-header-name',
} as const;

type SpecName = keyof typeof specAnchors;

/** Each rule's full link, e.g. `specLink.corsCheck`. */
export const specLink = Object.fromEntries(
  Object.entries(specAnchors).map(([name, anchor]) => [name, `${fetchSpec}${anchor}`]),
) as { readonly [N in SpecName]: `${typeof fetchSpec}${(typeof specAnchors)[N]}` };
