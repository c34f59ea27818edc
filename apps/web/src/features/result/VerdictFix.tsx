import type { SendRecord } from '../../store/historySlice.ts';
import { useFixSuggest } from './useFixSuggest.ts';

/** The one change that fixes a blocked send: the engine's first (safest, smallest) verified fix. */
export function VerdictFix({ record, apiOrigin }: { record: SendRecord; apiOrigin: string }) {
  const fixes = useFixSuggest(record, apiOrigin);
  const fix = fixes[0];
  if (!record.trace || record.trace.ok) return null;
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
