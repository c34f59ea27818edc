import { challengeShowsNoTheft, type Challenge } from '@cors-playground/engine';
import type { ChallengeStatus } from '@cors-playground/protocol';
import { challengeAttemptLabel } from './challengeAttemptLabel.ts';

function ChallengeProgressItem({ done, label, hint }: { done: boolean; label: string; hint: string }) {
  return (
    <li data-done={done}>
      <span aria-hidden="true">{done ? '✔' : '○'}</span> {label}
      {!done && <span className="muted"> — {hint}</span>}
    </li>
  );
}

/**
 * The attempt as the server decided it: exploited from an attacker seat (with the request it saw),
 * then fixed when that request, replayed against the live policy, is blocked and the app still works.
 */
export function ChallengeProgress({ challenge, status }: { challenge: Challenge; status: ChallengeStatus }) {
  const { attempt } = status;
  const label = challengeAttemptLabel(challenge, attempt);
  const noTheft = challengeShowsNoTheft(challenge);
  const evidence = attempt.evidence;
  return (
    <section className="panel" aria-labelledby="progress-title">
      <h3 id="progress-title">Progress</h3>
      <div role="status" aria-label="Challenge progress" data-state={attempt.state}>
        <p className="challenge-state">
          <span aria-hidden="true">{label.shape}</span>{' '}
          <strong data-testid="attempt-state">{label.text}</strong>
        </p>
        <ul className="challenge-progress">
          <ChallengeProgressItem
            done={attempt.state !== 'started'}
            label={noTheft ? 'Demonstrated from the attacker’s page' : 'Exploited from the attacker’s page'}
            hint="run the exploit in this browser, logged in as the victim"
          />
          <ChallengeProgressItem
            done={attempt.state === 'fixed'}
            label="The live policy blocks that exploit"
            hint="change the policy: the server replays the exploit against it at once"
          />
          <ChallengeProgressItem
            done={status.appWorks}
            label="The victim's app works"
            hint={status.appProblem ?? 'the policy shuts the app out'}
          />
        </ul>
        {evidence && (
          <p className="muted" data-testid="attempt-evidence">
            The victim&apos;s API received <code>{evidence.requestLine}</code> from{' '}
            <code>Origin: {evidence.origin}</code>,{' '}
            {evidence.sessionTravelled ? 'with the victim’s session' : 'without the victim’s session'}.
            {noTheft &&
              !evidence.sessionTravelled &&
              ' Nothing private left: the browser kept the session home.'}
          </p>
        )}
      </div>
      {attempt.state === 'fixed' && status.appWorks && (
        <p className="challenge-complete" role="alert">
          Fixed: the server replayed the exploit against the live policy and it is blocked; the app still
          works.
        </p>
      )}
    </section>
  );
}
