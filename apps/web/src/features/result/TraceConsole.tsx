import type { BrowserName, Trace } from '@cors-playground/engine';
import { browserLabel } from '../send/browserLabel.ts';
import { traceConsoleRows } from './traceConsoleRows.ts';

/**
 * What each engine prints for this failure and what its script gets: the text a learner searches for.
 * `testIdPrefix` names each engine's block (`console-webkit`); `browser` is the one running the page.
 */
export function TraceConsole({
  trace,
  browser,
  testIdPrefix = 'console',
  mark = 'this browser',
}: {
  trace: Trace;
  browser: BrowserName;
  /** Default `console`. */
  testIdPrefix?: string;
  /** What `browser`'s block says it is. Default `this browser`. */
  mark?: string;
}) {
  const rows = traceConsoleRows(trace);
  if (rows.length === 0) return null;
  return (
    <div className="trace-console">
      {rows.map((row) => (
        <div
          key={row.browser}
          data-testid={`${testIdPrefix}-${row.browser}`}
          data-this-browser={String(row.browser === browser)}
        >
          <h4>
            {browserLabel[row.browser]} console
            {row.browser === browser ? ` (${mark})` : ''}
          </h4>
          {row.lines.length > 0 ? (
            <pre>{row.lines.join('\n')}</pre>
          ) : (
            <p className="help">No console line for this one.</p>
          )}
          {row.error && (
            <p className="help" data-testid={`${testIdPrefix}-${row.browser}-error`}>
              JavaScript gets <code>{row.error}</code>
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
