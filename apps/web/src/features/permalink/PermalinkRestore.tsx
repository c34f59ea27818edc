import { lazy, Suspense } from 'react';
import { usePermalinkRestore } from './usePermalinkRestore.ts';
import './permalink.css';

/** The diff, the audit and the engine load only when a link with a policy is opened. */
const SharedPolicyConfirm = lazy(() => import('./SharedPolicyConfirm.tsx'));

const restoredTexts = {
  restored: 'Restored the request from the link.',
  shared: 'Restored the request from the link. Its policy is not applied: review it below.',
  applied: 'Restored the request and applied the shared policy from the link.',
  discarded: 'Restored the request from the link; its policy was discarded and the live policy is unchanged.',
} as const;

/** What opening a permalink did, and the confirmation its policy needs before it may go live. */
export function PermalinkRestore() {
  const { restore, settle } = usePermalinkRestore();
  if (restore.state === 'none') return null;
  if (restore.state === 'invalid') {
    return (
      <p role="alert" className="app-wide field-error" data-testid="permalink-error">
        {restore.error}
      </p>
    );
  }
  return (
    <div className="app-wide">
      <p role="status" data-testid="permalink-restored" data-policy={restore.state}>
        {restoredTexts[restore.state]}
      </p>
      {restore.state === 'shared' && (
        <Suspense fallback={<p className="panel">Loading the shared policy…</p>}>
          <SharedPolicyConfirm shared={restore.policy} onSettle={settle} />
        </Suspense>
      )}
    </div>
  );
}
