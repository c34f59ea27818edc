import type { ChallengeStatus } from '@cors-playground/protocol';

function ChallengeProgressItem({ done, label, hint }: { done: boolean; label: string; hint: string }) {
  return (
    <li data-done={done}>
      <span aria-hidden="true">{done ? '✔' : '○'}</span> {label}
      {!done && <span className="muted"> — {hint}</span>}
    </li>
  );
}

/** What the server has seen so far: exploited, blocked after the fix, the app still working. */
export function ChallengeProgress({ status }: { status: ChallengeStatus }) {
  return (
    <section className="panel" aria-labelledby="progress-title">
      <h3 id="progress-title">Progress</h3>
      <div role="status" aria-label="Challenge progress">
        <ul className="challenge-progress">
          <ChallengeProgressItem done={status.solved} label="Exploited" hint="run the exploit" />
          <ChallengeProgressItem
            done={status.blockedAfterFix}
            label="Blocked after the fix"
            hint="change the policy, then run the exploit again"
          />
          <ChallengeProgressItem
            done={status.appWorks}
            label="The victim's app works"
            hint={status.appProblem ?? 'the policy shuts the app out'}
          />
        </ul>
      </div>
      {status.complete && (
        <p className="challenge-complete" role="alert">
          Challenge complete: the exploit is blocked and the app still works.
        </p>
      )}
    </section>
  );
}
