import { useState } from 'react';
import type { Fix } from '@cors-playground/engine';
import { fixAudit } from '@cors-playground/production';
import { AuditFindingList } from '../policy/AuditFindingList.tsx';
import { usePolicyApply } from '../policy/usePolicyApply.ts';
import { useSend } from '../send/useSend.ts';
import { DiagnosisList } from './DiagnosisList.tsx';
import { useDiagnosis } from './useDiagnosis.ts';
import { useFixSuggest } from './useFixSuggest.ts';
import type { SendRecord } from '@cors-playground/client';

/**
 * "Fix it": the diagnosis first (who must act, the cause, the remedy), then the engine's smallest policy
 * changes that make this request pass, each with what the audit finds in the policy it produces.
 */
export function FixList({ record, apiOrigin }: { record: SendRecord; apiOrigin: string }) {
  const fixes = useFixSuggest(record, apiOrigin);
  const diagnoses = useDiagnosis(record);
  const { apply, failure } = usePolicyApply();
  const send = useSend();
  const [confirming, setConfirming] = useState<Fix | null>(null);
  const [applying, setApplying] = useState<Fix | null>(null);
  const { trace } = record;

  if (!trace) return null;
  const diagnosis = <DiagnosisList diagnoses={diagnoses} />;
  if (trace.ok) return diagnosis;
  if (fixes.length === 0) {
    return (
      <>
        {diagnosis}
        <p className="help">No policy change can fix this: the request itself must change.</p>
      </>
    );
  }
  const elsewhere = diagnoses.some((d) => d.policyFixMisleading);
  const fixApply = async (fix: Fix) => {
    setConfirming(null);
    setApplying(fix);
    try {
      await apply(fix.policy, `Fix it (${fix.title})`);
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
      {diagnosis}
      <h4>{elsewhere ? 'Policy changes that would also let it through' : 'Fix it'}</h4>
      {elsewhere && (
        <p className="help" data-testid="fix-elsewhere">
          The diagnosis above comes first: these only hide the cause, if it applies.
        </p>
      )}
      <ul>
        {fixes.map((fix) => (
          <li key={fix.id} data-testid="fix">
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
            <FixListAudit fix={fix} before={record.policy} />
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

/** What the audit finds in the policy a fix produces that was not already in the live policy. */
function FixListAudit({ fix, before }: { fix: Fix; before: SendRecord['policy'] }) {
  const findings = fixAudit(fix.policy, before ?? undefined);
  if (findings.length === 0) return null;
  return (
    <div className="fix-audit" data-testid="fix-audit">
      <p className="help">The audit of this fix finds:</p>
      <AuditFindingList findings={findings} testId="fix-audit-finding" />
    </div>
  );
}
