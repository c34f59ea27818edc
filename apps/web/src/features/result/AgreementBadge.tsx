import type { Agreement } from './agreementCompute.ts';

/** The engine's prediction against what the browser did. */
export function AgreementBadge({ agreement }: { agreement: Agreement }) {
  return (
    <div className="agreement" data-testid="agreement" data-agree={String(agreement.agree)}>
      <span className={`badge ${agreement.agree ? 'badge-ok' : 'badge-bad'}`} data-testid="agreement-badge">
        {agreement.agree ? 'Prediction matched' : 'Prediction differs'}
      </span>{' '}
      <span>
        predicted <strong data-testid="agreement-predicted">{agreement.predicted}</strong>, browser did{' '}
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
