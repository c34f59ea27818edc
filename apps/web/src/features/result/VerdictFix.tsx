import { useDiagnosis } from './useDiagnosis.ts';
import { useFixSuggest } from './useFixSuggest.ts';
import type { SendRecord } from '@cors-playground/client';

/**
 * The one change that fixes a blocked send: the diagnosis's remedy when the fix lies outside the policy
 * (the page, the URL, another layer), else the engine's first (safest, smallest) verified fix.
 */
export function VerdictFix({ record, apiOrigin }: { record: SendRecord; apiOrigin: string }) {
  const fixes = useFixSuggest(record, apiOrigin);
  const diagnosis = useDiagnosis(record).find((d) => d.policyFixMisleading);
  const fix = fixes[0];
  if (!record.trace || record.trace.ok) return null;
  if (diagnosis) {
    return (
      <p className="send-verdict-fix" data-testid="verdict-fix" data-diagnosis={diagnosis.id}>
        <strong>To fix it:</strong> {diagnosis.title}. {diagnosis.remedy} The diagnosis below says who must
        act and why.
      </p>
    );
  }
  if (!fix) {
    return (
      <p className="send-verdict-fix" data-testid="verdict-fix">
        <strong>To fix it:</strong> no server setting can; the request itself must change.
      </p>
    );
  }
  return (
    <p className="send-verdict-fix" data-testid="verdict-fix">
      <strong>To fix it:</strong> {fix.safe ? '' : '(unsafe) '}
      {fix.title} — <code>{fix.patch}</code>. The Fix it buttons below apply it and send again.
    </p>
  );
}
