import type { CurlAnalysisAssignment } from './curlAnalysis.ts';

const roleText = { preflight: 'preflight', actual: 'response', redirect: 'redirect' } as const;

/** How each pasted response was read, and what the simulator had to assume: never a silent guess. */
export function CurlResponses({
  assignments,
  notes,
}: {
  assignments: CurlAnalysisAssignment[];
  notes: string[];
}) {
  return (
    <section aria-labelledby="curl-responses-title" className="curl-responses">
      <h4 id="curl-responses-title">
        Read {assignments.length} response{assignments.length === 1 ? '' : 's'}
      </h4>
      <ol>
        {assignments.map((a) => (
          <li key={a.index} data-testid="curl-response" data-used={String(a.used)} data-role={a.role}>
            <code>
              {a.response.httpVersion} {a.response.status}
              {a.response.statusText ? ` ${a.response.statusText}` : ''}
            </code>{' '}
            {a.used && a.key ? (
              <>
                as the {roleText[a.role]} to <code>{a.key}</code>
              </>
            ) : (
              <span className="muted">not used: {a.unusedWhy}</span>
            )}
          </li>
        ))}
      </ol>
      {notes.length > 0 && (
        <ul className="curl-notes">
          {notes.map((note) => (
            <li key={note} data-testid="curl-note" className="warn">
              {note}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
