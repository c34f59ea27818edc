/** The spec's words that remain in the steps, each in one plain sentence. */
const traceGlossary: Array<[term: string, meaning: string]> = [
  [
    'origin',
    'Scheme, host and port of a page or API, e.g. http://localhost:5173. Two URLs differing in any of the three are different origins.',
  ],
  [
    'preflight',
    'An OPTIONS request the browser sends first, asking the server whether the real request is allowed.',
  ],
  [
    'CORS-safelisted',
    'Simple enough to need no preflight: GET, HEAD, POST, and a few plain headers such as Accept or Content-Type: text/plain.',
  ],
  ['ok status', 'Any status from 200 to 299.'],
  [
    'credentials',
    "Cookies and HTTP authentication. fetch() sends them to another origin only with credentials: 'include'.",
  ],
  ['opaque', 'A response the script may not look at: status 0, no headers, no body.'],
];

/** A short glossary under the steps, for the terms the spec links use. */
export function TraceGlossary() {
  return (
    <details className="trace-glossary">
      <summary>Words used in these steps</summary>
      <dl>
        {traceGlossary.map(([term, meaning]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
