import { useState } from 'react';
import type { Fix } from '@cors-playground/engine';
import { usePolicyApply } from '../policy/usePolicyApply.ts';
import { useSend } from '../send/useSend.ts';
import type { SendRecord } from '../../store/historySlice.ts';
import { useFixSuggest } from './useFixSuggest.ts';

/** "Fix it" buttons: the engine's smallest policy changes that make this request pass. */
export function FixList({ record, apiOrigin }: { record: SendRecord; apiOrigin: string }) {
  const fixes = useFixSuggest(record, apiOrigin);
  const { apply, failure } = usePolicyApply();
  const send = useSend();
  const [confirming, setConfirming] = useState<Fix | null>(null);
  const [applying, setApplying] = useState<Fix | null>(null);
  const { trace } = record;

  if (!trace || trace.ok) return null;
  if (fixes.length === 0) {
    return <p className="help">No policy change can fix this: the request itself must change.</p>;
  }
  const fixApply = async (fix: Fix) => {
    setConfirming(null);
    setApplying(fix);
    try {
      await apply(fix.policy);
      // The fix is live: send again so the learner sees it work.
      await send({ draft: record.draft });
    } catch {
      // Not applied: the failure is shown below, and nothing is sent.
    } finally {
      setApplying(null);
    }
  };
  return (
    <div className="fixes">
      <h4>Fix it</h4>
      <ul>
        {fixes.map((fix) => (
          <li key={fix.id}>
            <button
              type="button"
              data-testid="fix-button"
              data-fix={fix.id}
              data-safe={String(fix.safe)}
              disabled={applying !== null}
              onClick={() => (fix.safe ? void fixApply(fix) : setConfirming(fix))}
            >
              {fix.safe ? '' : '⚠ Unsafe: '}
              {fix.title}
            </button>{' '}
            <span className="help">
              {fix.patch}. {fix.why}
            </span>
          </li>
        ))}
      </ul>
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="fix-confirm-title"
          aria-describedby="fix-confirm-why"
          className="confirm"
          data-testid="fix-confirm"
        >
          <p id="fix-confirm-title">
            <strong>This fix is unsafe.</strong> Apply “{confirming.title}” anyway?
          </p>
          <p id="fix-confirm-why">{confirming.why}</p>
          <button
            type="button"
            data-testid="fix-confirm-yes"
            onClick={() => void fixApply(confirming)}
            autoFocus
          >
            Apply the unsafe fix
          </button>{' '}
          <button type="button" data-testid="fix-confirm-no" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      )}
      {applying && <p aria-live="polite">Applying “{applying.title}”, then sending again…</p>}
      {failure && !applying && (
        <p className="field-error">
          Not applied:{' '}
          {failure.errors.length > 0
            ? failure.errors.map((e) => `${e.path}: ${e.message}`).join('; ')
            : failure.message}
        </p>
      )}
    </div>
  );
}
