import { headerListGet } from '@cors-playground/engine';
import type { PolicyPreviewExchange } from './policyPreview.ts';
import { policyPreviewIsCorsHeader } from './policyPreview.ts';

export interface PolicyPreviewExchangeViewProps {
  title: string;
  exchange: PolicyPreviewExchange;
  testId: string;
  /** Shown dimmed: the browser would not send this exchange for the current request. */
  muted: boolean;
}

/** One request → response of the preview: the request line, status, and every response header. */
export function PolicyPreviewExchangeView({
  title,
  exchange,
  testId,
  muted,
}: PolicyPreviewExchangeViewProps) {
  const hasAcao = headerListGet(exchange.headers, 'access-control-allow-origin') !== null;
  return (
    <div
      className={muted ? 'preview-exchange muted' : 'preview-exchange'}
      data-testid={testId}
      data-status={exchange.status}
    >
      <h3>{title}</h3>
      <p className="mono">
        {exchange.request.method} {new URL(exchange.request.url).pathname} →{' '}
        <strong>{exchange.status}</strong>
      </p>
      <ul className="preview-headers" aria-label={`${title}: response headers`}>
        {exchange.headers.map(([name, value], index) => (
          <li
            key={`${name}-${index}`}
            data-testid="preview-header"
            data-name={name.toLowerCase()}
            className={policyPreviewIsCorsHeader(name) ? 'preview-header cors' : 'preview-header'}
          >
            <code>
              {name}: {value}
            </code>
          </li>
        ))}
      </ul>
      {!hasAcao && (
        <p className="field-help" data-testid="preview-no-acao">
          No Access-Control-Allow-Origin: the browser will not let JavaScript read this response.
        </p>
      )}
      {exchange.notes.length > 0 && (
        <ul className="preview-notes">
          {exchange.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
