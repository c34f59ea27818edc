import type { BrowserName, HeaderList, RequestCredentials } from '@cors-playground/engine';
import type { AnalyseRequestError } from './analyseRequest.ts';

export interface AnalyseRequestFieldsProps {
  url: string;
  origin: string;
  browser: BrowserName;
  method: string;
  headers: HeaderList;
  credentials: RequestCredentials;
  errors: AnalyseRequestError[];
  onUrl: (url: string) => void;
  onOrigin: (origin: string) => void;
  onBrowser: (browser: BrowserName) => void;
  onCredentials: (credentials: RequestCredentials) => void;
}

function fieldError(errors: AnalyseRequestError[], field: AnalyseRequestError['field']): string | null {
  return errors.find((e) => e.field === field)?.message ?? null;
}

/**
 * The request the pasted responses answer: URL, Origin and credentials chosen here (a server's answer is
 * judged differently with cookies), method and headers from the request builder.
 */
export function AnalyseRequestFields(props: AnalyseRequestFieldsProps) {
  const urlError = fieldError(props.errors, 'url');
  const originError = fieldError(props.errors, 'origin');
  const headers = props.headers.filter(([name]) => name.trim() !== '');
  return (
    <fieldset className="analyse-request">
      <legend>The request these responses answer</legend>
      <div className="analyse-row">
        <label htmlFor="curl-url">URL</label>
        <input
          id="curl-url"
          data-testid="curl-url"
          type="url"
          value={props.url}
          spellCheck={false}
          aria-invalid={urlError !== null}
          aria-describedby={urlError ? 'curl-url-error' : undefined}
          onChange={(e) => props.onUrl(e.target.value)}
        />
        {urlError && (
          <p id="curl-url-error" className="field-error" data-testid="curl-url-error">
            {urlError}
          </p>
        )}
      </div>
      <div className="analyse-row">
        <label htmlFor="curl-origin">Page origin (sent as Origin)</label>
        <input
          id="curl-origin"
          data-testid="curl-origin"
          value={props.origin}
          spellCheck={false}
          aria-invalid={originError !== null}
          aria-describedby={originError ? 'curl-origin-error' : undefined}
          onChange={(e) => props.onOrigin(e.target.value)}
        />
        {originError && (
          <p id="curl-origin-error" className="field-error" data-testid="curl-origin-error">
            {originError}
          </p>
        )}
      </div>
      <div className="analyse-row">
        <label htmlFor="curl-browser">Browser</label>
        <select
          id="curl-browser"
          data-testid="curl-browser"
          value={props.browser}
          onChange={(e) => props.onBrowser(e.target.value as BrowserName)}
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
          value={props.credentials}
          onChange={(e) => props.onCredentials(e.target.value as RequestCredentials)}
        >
          <option value="same-origin">same-origin (fetch&apos;s default: no cookies cross-origin)</option>
          <option value="include">include (cookies and HTTP auth go too)</option>
          <option value="omit">omit (never any cookies)</option>
        </select>
      </div>
      <p className="help" data-testid="curl-request-summary">
        From the request builder: <code>{props.method}</code>
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
