import type { BrowserName, RequestCredentials } from '@cors-playground/engine';
import type { AnalyseRequestError, AnalyseRequestInput } from './analyseRequest.ts';

export interface AnalyseRequestFieldsProps {
  input: AnalyseRequestInput;
  browser: BrowserName;
  errors: AnalyseRequestError[];
  /** The setters of what is chosen here (method and headers come from the request builder). */
  on: {
    url: (url: string) => void;
    origin: (origin: string) => void;
    browser: (browser: BrowserName) => void;
    credentials: (credentials: RequestCredentials) => void;
  };
}

function fieldError(errors: AnalyseRequestError[], field: AnalyseRequestError['field']): string | null {
  return errors.find((e) => e.field === field)?.message ?? null;
}

/** The typed fields: the URL and the page's origin, each with its error under it. */
const textRows = [
  { field: 'url', label: 'URL', type: 'url' },
  { field: 'origin', label: 'Page origin (sent as Origin)', type: undefined },
] as const;

/**
 * The request the pasted responses answer: URL, Origin and credentials chosen here (a server's answer is
 * judged differently with cookies), method and headers from the request builder.
 */
export function AnalyseRequestFields(props: AnalyseRequestFieldsProps) {
  const headers = props.input.headers.filter(([name]) => name.trim() !== '');
  return (
    <fieldset className="analyse-request">
      <legend>The request these responses answer</legend>
      {textRows.map(({ field, label, type }) => {
        const id = `curl-${field}`;
        const error = fieldError(props.errors, field);
        return (
          <div key={field} className="analyse-row">
            <label htmlFor={id}>{label}</label>
            <input
              id={id}
              data-testid={id}
              type={type}
              value={props.input[field]}
              spellCheck={false}
              aria-invalid={error !== null}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => props.on[field](e.target.value)}
            />
            {error && (
              <p id={`${id}-error`} className="field-error" data-testid={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div className="analyse-row">
        <label htmlFor="curl-browser">Browser</label>
        <select
          id="curl-browser"
          data-testid="curl-browser"
          value={props.browser}
          onChange={(e) => props.on.browser(e.target.value as BrowserName)}
        >
          <option value="chromium">Chromium (Chrome, Edge)</option>
          <option value="firefox">Firefox</option>
          <option value="webkit">Safari (WebKit)</option>
        </select>
      </div>
      <div className="analyse-row">
        <label htmlFor="curl-credentials">Credentials (fetch&apos;s credentials option)</label>
        <select
          id="curl-credentials"
          data-testid="curl-credentials"
          value={props.input.credentials}
          onChange={(e) => props.on.credentials(e.target.value as RequestCredentials)}
        >
          <option value="same-origin">same-origin (fetch&apos;s default: no cookies cross-origin)</option>
          <option value="include">include (cookies and HTTP auth go too)</option>
          <option value="omit">omit (never any cookies)</option>
        </select>
      </div>
      <p className="help" data-testid="curl-request-summary">
        From the request builder: <code>{props.input.method}</code>
        {headers.length > 0
          ? headers.map(([name], i) => (
              <span key={i}>
                {i > 0 ? ', ' : ' with '}
                <code>{name}</code>
              </span>
            ))
          : ' with no extra headers'}
        . Change them there.
      </p>
    </fieldset>
  );
}
