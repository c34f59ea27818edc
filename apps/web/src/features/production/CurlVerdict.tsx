import type { Trace, TraceOutcome } from '@cors-playground/engine';
import { TraceConsole } from '../result/TraceConsole.tsx';
import { browserLabel } from '../send/browserLabel.ts';

const outcomeText: Record<TraceOutcome, string> = {
  allowed: 'allowed: the page can read the response',
  opaque: 'opaque: the fetch resolves but the page cannot read the response',
  blocked: 'blocked: fetch() rejects with a TypeError',
  'network-error': 'a network error: fetch() rejects with a TypeError',
  'invalid-request': 'an invalid request: fetch() throws before sending anything',
};

/** The browser's verdict on the pasted responses and the messages each browser prints. */
export function CurlVerdict({ trace }: { trace: Trace }) {
  const ok = trace.outcome === 'allowed';
  return (
    <div className="curl-verdict">
      <p
        className={ok ? 'curl-outcome ok' : 'curl-outcome bad'}
        data-testid="curl-verdict"
        data-outcome={trace.outcome}
        role="status"
      >
        <span aria-hidden="true">{ok ? '✓' : '✗'}</span> In {browserLabel[trace.browser]}, this request is{' '}
        <strong>{outcomeText[trace.outcome]}</strong>
        {trace.preflight.needed ? ' (after a preflight)' : ' (no preflight needed)'}.
      </p>
      {trace.response && (
        <p className="help">
          JavaScript sees a <code>{trace.response.type}</code> response with status {trace.response.status}.
        </p>
      )}
      <TraceConsole
        trace={trace}
        browser={trace.browser}
        testIdPrefix="curl-console"
        mark="the browser chosen"
      />
    </div>
  );
}
