import type { HeaderList } from '../http/httpTypes.ts';
import type { Policy } from '../policy/policySchema.ts';
import { corsHeader } from './corsHeader.ts';
import type { CorsHeaderContext } from './corsHeader.ts';
import { corsRulePath, corsRuleResolve } from './corsRule.ts';
import { headerListGet, headerListIsValue } from '../http/headerList.ts';
import { originMatch } from './originMatch.ts';

/** The request as the CORS layer sees it: method, target and headers. */
export interface CorsRequest {
  method: string;
  /** Absolute URL or origin-form target (`/api/x?y`); only the path matters (per-path rules). */
  url: string;
  headers: HeaderList;
}

/**
 * What the CORS layer decided. An adapter writes a response from it in one place: if `continueToRoute`
 * is false, answer `status` with `headers`; otherwise run the route and add
 * `corsHeadersFinal(decision, routeStatus)` to its headers.
 */
export interface CorsDecision {
  branch: 'preflight' | 'actual';
  /** The preflight answer or a rejection; null lets the route answer. */
  status: number | null;
  /** CORS headers to add (before `corsOnErrors` is applied; see `corsHeadersFinal`). */
  headers: HeaderList;
  /** Whether the route handler runs (actual requests, `preflight.continue`, CORS disabled). */
  continueToRoute: boolean;
  /** Whether an error status (>= 400) loses the CORS headers (`corsOnErrors: false`). */
  dropOnError: boolean;
  /** Whether the request's `Origin` passed the policy; null when the request carried no `Origin`. */
  originAllowed: boolean | null;
  /** Index of the `paths[]` rule in force, or null for the top-level rule. */
  pathRule: number | null;
  /** Plain-English reasons, e.g. "Origin http://evil.localhost:5174 matched no allowed origin". */
  notes: string[];
}

/**
 * The server half of CORS, as a pure function: from the policy and an incoming request to the status
 * and headers the API sends. Preflight and actual request are two explicit branches. Never throws for a
 * policy that went through `policyParse`, whatever the request holds.
 */
export function corsRespond(policy: Policy, request: CorsRequest): CorsDecision {
  const { rule, pathIndex, note: ruleNote } = corsRuleResolve(policy, request.url);
  const origin = headerListGet(request.headers, 'origin');
  const requestMethod = headerListGet(request.headers, 'access-control-request-method');
  const isPreflight = request.method.toUpperCase() === 'OPTIONS' && origin !== null && requestMethod !== null;
  const branch = isPreflight ? 'preflight' : 'actual';
  const notes: string[] = [];
  // Built once and filled in: a closure or spread per call shows up in the 100k simulations/s budget.
  const decision: CorsDecision = {
    branch,
    status: null,
    headers: [],
    continueToRoute: true,
    dropOnError: !rule.corsOnErrors,
    originAllowed: null,
    pathRule: pathIndex,
    notes,
  };
  if (ruleNote !== null) notes.push(ruleNote);
  if (pathIndex !== null) {
    const pattern = policy.paths[pathIndex]?.path ?? '';
    notes.push(`Path rule paths[${pathIndex}] (/${pattern}/) applies to ${corsRulePath(request.url)}`);
  }

  if (!rule.enabled) {
    notes.push('CORS is disabled for this path: no CORS headers are sent and the route answers everything');
    return decision;
  }

  let originAllowed = rule.origin.mode === 'any';
  if (origin === null) {
    notes.push('No Origin header: a same-origin or non-browser request, so no origin check applies');
  } else {
    const match = originMatch(rule.origin, origin);
    originAllowed = match.allowed;
    notes.push(match.note);
    if (originAllowed && rule.origin.mode !== 'any' && !headerListIsValue(origin)) {
      originAllowed = false;
      notes.push('The Origin holds characters that cannot be echoed in a header, so it is not allowed');
    }
    decision.originAllowed = originAllowed;
  }

  const ctx: CorsHeaderContext = {
    rule,
    branch,
    origin,
    originAllowed,
    requestMethod: isPreflight ? requestMethod : null,
    requestHeaders: isPreflight ? headerListGet(request.headers, 'access-control-request-headers') : null,
  };

  if (origin !== null && !originAllowed && rule.rejectDisallowedOrigin) {
    notes.push('The policy rejects disallowed origins: answered 403 without running the route');
    decision.status = 403;
    decision.headers = corsRespondHeaders(ctx, varyOnly);
    decision.continueToRoute = false;
    return decision;
  }
  if (originAllowed && rule.credentials && corsHeader.allowOrigin(ctx) === '*') {
    notes.push("Access-Control-Allow-Origin '*' with credentials: browsers refuse credentialed requests");
  }

  if (isPreflight) {
    decision.headers = corsRespondHeaders(ctx, originAllowed ? preflightHeaders : varyOnly);
    if (rule.preflight.continue) {
      notes.push('The preflight is passed on to the route (preflight.continue): its OPTIONS handler answers');
      return decision;
    }
    notes.push(`Preflight answered by the CORS layer with status ${rule.preflight.status}`);
    decision.status = rule.preflight.status;
    decision.continueToRoute = false;
    return decision;
  }
  decision.headers = corsRespondHeaders(ctx, originAllowed ? actualHeaders : varyOnly);
  return decision;
}

type HeaderFunction = (ctx: CorsHeaderContext) => string | null;

const preflightHeaders: Array<[string, HeaderFunction]> = [
  ['Access-Control-Allow-Origin', corsHeader.allowOrigin],
  ['Access-Control-Allow-Credentials', corsHeader.allowCredentials],
  ['Access-Control-Allow-Methods', corsHeader.allowMethods],
  ['Access-Control-Allow-Headers', corsHeader.allowHeaders],
  ['Access-Control-Max-Age', corsHeader.maxAge],
  ['Vary', corsHeader.vary],
];

const actualHeaders: Array<[string, HeaderFunction]> = [
  ['Access-Control-Allow-Origin', corsHeader.allowOrigin],
  ['Access-Control-Allow-Credentials', corsHeader.allowCredentials],
  ['Access-Control-Expose-Headers', corsHeader.exposeHeaders],
  ['Vary', corsHeader.vary],
];

/** A disallowed origin still gets `Vary`: caches must know the answer depended on the origin. */
const varyOnly: Array<[string, HeaderFunction]> = [['Vary', corsHeader.vary]];

/** The headers that apply, in wire order; the single place header values become a list. */
function corsRespondHeaders(ctx: CorsHeaderContext, which: Array<[string, HeaderFunction]>): HeaderList {
  const headers: HeaderList = [];
  for (const [name, value] of which) {
    const v = value(ctx);
    if (v !== null) headers.push([name, v]);
  }
  return headers;
}
