import type { SelfCheckOutcome } from './selfCheckTargets.ts';

/** One check: its name, Pass / Fail / Checking…, and the line that says what it means or what to do. */
export function SelfCheckItem({ label, outcome }: { label: string; outcome: SelfCheckOutcome | undefined }) {
  const status = outcome?.status ?? 'pending';
  return (
    <li className={`self-check-item self-check-${status}`} data-status={status}>
      <span className="self-check-status">
        {status === 'pass' ? '✓ Pass' : status === 'fail' ? '✗ Fail' : 'Checking…'}
      </span>{' '}
      <strong>{label}</strong>
      {outcome && <p className="self-check-detail">{outcome.detail}</p>}
    </li>
  );
}
