import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { policyPresetsFor } from '@cors-playground/engine';
import { policyChangeLabelDefault } from '@cors-playground/protocol/paths';
import { policyHistoryQueries } from '../../api/policyHistoryApi.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePolicyRestore } from './usePolicyRestore.ts';
import type { PolicyEditorContext } from './policyEditorContext.ts';
import { policyReplacedName } from './policyReplacedName.ts';

/**
 * After a preset, a lesson's "Try it", a fix or a challenge's start replaced the live policy: what it
 * replaced, and Undo. The server's policy history says so, so it holds after a reload too. Typing in
 * the editor is no replacement: the user sees their own edit.
 */
export function PolicyUndo({ context }: { context: PolicyEditorContext }) {
  const sandbox = useSandbox();
  const newest = useQuery(policyHistoryQueries.history(sandbox)).data?.[0];
  const restore = usePolicyRestore();
  const [dismissed, setDismissed] = useState<number | null>(null);
  const { appOrigin, otherOrigin } = context;
  const presets = useMemo(
    () => policyPresetsFor({ app: appOrigin, other: otherOrigin }),
    [appOrigin, otherOrigin],
  );
  if (!newest || newest.replacedBy === policyChangeLabelDefault || dismissed === newest.id) return null;
  return (
    <div className="policy-undo" role="status" data-testid="policy-undo">
      <span>
        {newest.replacedBy} replaced {policyReplacedName(newest, presets)}
        {restore.error && ` (Undo failed: ${restore.error.message})`}.
      </span>{' '}
      <button
        type="button"
        data-testid="policy-undo-button"
        disabled={restore.pending}
        onClick={() => restore.restore(newest.id)}
      >
        Undo
      </button>{' '}
      <button type="button" className="link-button" onClick={() => setDismissed(newest.id)}>
        Dismiss
      </button>
    </div>
  );
}
