import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { policyParse, type PolicyInput } from '@cors-playground/engine';
import { policyAudit } from '@cors-playground/production';
import { sandboxDefaultId } from '@cors-playground/protocol/paths';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { AuditFindingList } from '../policy/AuditFindingList.tsx';
import { policyDiff } from '../policy/policyDiff.ts';
import { policyDraftFormat, policyErrorDescribe } from '../policy/policyDraft.ts';
import { usePolicyApply } from '../policy/usePolicyApply.ts';
import { SharedPolicyChanges } from './SharedPolicyChanges.tsx';
import './sharedPolicy.css';

export interface SharedPolicyConfirmProps {
  /** The policy a permalink carries, as untrusted as the page that linked here. */
  shared: PolicyInput;
  onSettle: (outcome: 'applied' | 'discarded') => void;
}

/**
 * "Apply this shared policy?": what the link's policy would change on the live API, in plain words,
 * and what the audit finds wrong with it. Nothing reaches the server until Apply is clicked.
 */
export default function SharedPolicyConfirm({ shared, onSettle }: SharedPolicyConfirmProps) {
  const sandbox = useSandbox();
  // Fresh, not cached: the diff must be against what the server holds now.
  const live = useQuery({ ...controlQueries.policy(sandbox), staleTime: 0 }).data;
  const { apply, pending, failure } = usePolicyApply();
  const draftSet = usePlaygroundStore((s) => s.policyDraftSet);
  const parsed = useMemo(() => policyParse(shared), [shared]);
  const findings = useMemo(() => (parsed.ok ? policyAudit(parsed.policy) : []), [parsed]);
  const changes = useMemo(() => (parsed.ok && live ? policyDiff(live, parsed.policy) : null), [parsed, live]);
  const high = findings.filter((f) => f.severity === 'high').length;
  const where = sandbox === sandboxDefaultId ? 'the lab API' : `the lab API's sandbox “${sandbox}”`;

  const applyClick = async (policy: PolicyInput) => {
    try {
      await apply(policy);
      onSettle('applied');
    } catch {
      // Not applied: the failure is shown below, and the confirmation stays open.
    }
  };

  return (
    <section
      className="panel shared-policy"
      aria-labelledby="shared-policy-title"
      aria-describedby="shared-policy-why"
      data-testid="shared-policy"
    >
      <h2 id="shared-policy-title">Apply this shared policy?</h2>
      <p id="shared-policy-why">
        The link you opened carries a CORS policy for {where}. Nothing has changed yet: the live policy stays
        as it is unless you apply this one. Any website can send you such a link, so check what it changes.
      </p>
      {!parsed.ok ? (
        <>
          <p className="field-error" data-testid="shared-policy-invalid">
            This policy is invalid and cannot be applied:{' '}
            {parsed.errors.slice(0, 3).map(policyErrorDescribe).join('; ')}
            {parsed.errors.length > 3 ? ` (+${parsed.errors.length - 3} more)` : ''}.
          </p>
          <div className="shared-policy-actions">
            <button
              type="button"
              onClick={() => {
                draftSet(policyDraftFormat(shared));
                onSettle('discarded');
              }}
            >
              Fix it in the editor
            </button>
            <button type="button" onClick={() => onSettle('discarded')}>
              Discard
            </button>
          </div>
        </>
      ) : (
        <>
          {high > 0 && (
            <p role="alert" className="shared-policy-danger" data-testid="shared-policy-danger">
              <strong>
                Unsafe: the audit finds {high} high-severity {high === 1 ? 'problem' : 'problems'} in this
                policy.
              </strong>{' '}
              Applying it may let other websites read the lab API with your cookies. Apply it only if you
              trust whoever sent the link.
            </p>
          )}
          <SharedPolicyChanges changes={changes} />
          {findings.length > 0 && (
            <>
              <h3>What the audit finds in it</h3>
              <AuditFindingList findings={findings} testId="shared-policy-finding" />
            </>
          )}
          <div className="shared-policy-actions">
            <button
              type="button"
              className={high > 0 ? 'danger' : 'primary'}
              disabled={pending}
              onClick={() => void applyClick(parsed.policy)}
            >
              {pending ? 'Applying…' : 'Apply this shared policy'}
            </button>
            <button type="button" disabled={pending} onClick={() => onSettle('discarded')}>
              Discard
            </button>
          </div>
          {failure && (
            <p role="alert" className="field-error">
              Not applied: {failure.errors.map(policyErrorDescribe).join('; ') || failure.message}
            </p>
          )}
        </>
      )}
    </section>
  );
}
