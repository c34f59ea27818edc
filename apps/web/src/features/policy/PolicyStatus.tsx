import type { PolicyApplyStatus } from './policyApplyStatus.ts';
import { policyErrorDescribe } from './policyDraft.ts';

/**
 * Where the live policy stands, for sighted users and screen readers alike. The exact texts
 * ("Applied", "Applying…", "Invalid: <path> <message>") are what the e2e suites wait for.
 */
export function PolicyStatus({ status: { state, errors, message } }: { status: PolicyApplyStatus }) {
  const first = errors[0];
  const text =
    state === 'applied'
      ? 'Applied'
      : state === 'pending'
        ? 'Applying…'
        : state === 'invalid'
          ? `Invalid: ${first ? policyErrorDescribe(first) : 'the policy was rejected'}${
              errors.length > 1 ? ` (+${errors.length - 1} more)` : ''
            }`
          : `Not applied: ${message ?? 'the control plane did not answer'}`;
  return (
    <p
      className={`policy-state policy-state-${state}`}
      data-testid="policy-state"
      data-state={state}
      aria-live="polite"
    >
      {text}
    </p>
  );
}
