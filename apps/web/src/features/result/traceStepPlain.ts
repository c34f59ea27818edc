/**
 * Each check as the question a newcomer would ask, keyed by the engine's step id (the engine's reason
 * stays, spec words and all, after it). Ids with a `preflight.` or `response.` prefix share a question.
 */
const traceStepQuestions: Record<string, string> = {
  'request.cross-origin': 'Is the API on another origin than the page?',
  'request.same-origin': 'Is the API on another origin than the page?',
  'request.origin': 'Which origin does the browser say the request comes from?',
  'request.method': 'Is the method one fetch() accepts?',
  'request.header': 'Are the request headers valid?',
  'request.forbidden-header': 'Did the browser drop a header scripts may not set?',
  'request.no-cors-header': "Does mode 'no-cors' allow these headers?",
  'request.content-type': 'Is the Content-Type one that needs no permission?',
  'request.mode': 'Does the request mode allow another origin?',
  'request.cache': 'What does the cache mode do here?',
  'preflight.needed': 'Must the browser ask the server first (a preflight)?',
  'preflight.cache': 'Did the browser still remember an earlier permission?',
  'preflight.status': 'Did the preflight get a success (2xx) status?',
  'preflight.method': 'Does the preflight allow the method?',
  'preflight.headers': 'Does the preflight allow the request headers?',
  'preflight.authorization-wildcard': 'Does * cover Authorization? (It does not.)',
  'allow-origin': "Does the server allow this page's origin?",
  'allow-credentials': 'Does the server accept cookies on this request?',
  'response.expose': 'Which response headers may the script read?',
  'response.type': 'What kind of response does the script get?',
};

/** The plain question for a trace step id, or null when the engine's reason says it best. */
export function traceStepPlain(id: string): string | null {
  return traceStepQuestions[id] ?? traceStepQuestions[id.slice(id.indexOf('.') + 1)] ?? null;
}
