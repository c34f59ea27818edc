import { useQuery } from '@tanstack/react-query';
import { policyHistoryQueries } from '../../api/policyHistoryApi.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePolicyRestore } from './usePolicyRestore.ts';

/**
 * The policies this sandbox had before the live one (the server keeps the last 20), each with what
 * replaced it and a Restore; and the way back to the sandbox's default policy.
 */
export function PolicyHistoryList() {
  const sandbox = useSandbox();
  const history = useQuery(policyHistoryQueries.history(sandbox)).data ?? [];
  const restore = usePolicyRestore();
  return (
    <details className="policy-history" data-testid="policy-history">
      <summary>Earlier policies ({history.length})</summary>
      {history.length === 0 ? (
        <p className="field-help">None yet: every policy the live one replaces is kept here.</p>
      ) : (
        <ol className="policy-history-list">
          {history.map((entry) => {
            const when = new Date(entry.replacedAt).toLocaleTimeString();
            return (
              <li key={entry.id} data-testid="policy-history-entry">
                <span>
                  Until {when}, replaced by {entry.replacedBy}
                </span>{' '}
                <button
                  type="button"
                  disabled={restore.pending}
                  aria-label={`Restore the policy ${entry.replacedBy} replaced at ${when}`}
                  onClick={() => restore.restore(entry.id)}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p>
        <button
          type="button"
          data-testid="policy-restore-default"
          disabled={restore.pending}
          onClick={() => restore.restore('default')}
        >
          Restore default
        </button>{' '}
        {restore.error && <span className="field-error">Not restored: {restore.error.message}</span>}
      </p>
    </details>
  );
}
