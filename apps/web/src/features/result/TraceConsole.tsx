import type { BrowserName, Trace } from '@cors-playground/engine';

/** What each browser prints for this failure: the text a learner searches for. */
export function TraceConsole({ trace, browser }: { trace: Trace; browser: BrowserName }) {
  if (!trace.consoleChromium && !trace.consoleFirefox && !trace.errorMessages) return null;
  const rows: Array<[BrowserName, string, string | null]> = [
    ['chromium', 'Chromium console', trace.consoleChromium],
    ['firefox', 'Firefox console', trace.consoleFirefox],
  ];
  return (
    <div className="trace-console">
      {rows.map(([name, label, text]) =>
        text ? (
          <div key={name} data-testid={`console-${name}`}>
            <h4>
              {label}
              {name === browser ? ' (this browser)' : ''}
            </h4>
            <pre>{text}</pre>
          </div>
        ) : null,
      )}
      {trace.errorMessages && (
        <p className="help">
          JavaScript gets <code>{trace.errorMessages[browser]}</code>
        </p>
      )}
    </div>
  );
}
