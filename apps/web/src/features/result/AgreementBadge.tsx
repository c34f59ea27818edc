import type { BrowserName } from '@cors-playground/engine';
import { browserLabel } from '../send/browserLabel.ts';
import type { Agreement } from '@cors-playground/client';

/** The engine's prediction for the engine running this page (`browser`) against what that browser did. */
export function AgreementBadge({ agreement, browser }: { agreement: Agreement; browser: BrowserName }) {
  return (
    <div
      className="agreement"
      data-testid="agreement"
      data-agree={String(agreement.agree)}
      data-browser={browser}
    >
      <span className={`badge ${agreement.agree ? 'badge-ok' : 'badge-bad'}`} data-testid="agreement-badge">
        {agreement.agree ? 'Prediction matched' : 'Prediction differs'}
      </span>{' '}
      <span>
        predicted for {browserLabel[browser]}{' '}
        <strong data-testid="agreement-predicted">{agreement.predicted}</strong>, this browser did{' '}
        <strong data-testid="agreement-actual">{agreement.actual}</strong>
      </span>
      {agreement.notes.length > 0 && (
        <ul data-testid="agreement-notes">
          {agreement.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
