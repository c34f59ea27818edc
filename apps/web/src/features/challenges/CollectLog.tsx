import { challengeShowsNoTheft, type Challenge } from '@cors-playground/engine';
import type { ChallengeStatus } from '@cors-playground/protocol';

/**
 * What reached the attacker's collect endpoint, newest first, and the victim's transfers. In a
 * challenge whose lesson is that nothing private leaves, the API's answer is no prize.
 */
export function CollectLog({ challenge, status }: { challenge: Challenge; status: ChallengeStatus }) {
  const prize = challengeShowsNoTheft(challenge)
    ? ' — the API’s answer (no secret in it: nothing stolen)'
    : ' — the prize';
  const entries = [...status.collect].reverse();
  return (
    <section className="panel" aria-labelledby="collect-title">
      <h3 id="collect-title">3. The attacker&apos;s collect log</h3>
      {entries.length === 0 ? (
        <p className="muted">Nothing has arrived yet.</p>
      ) : (
        <ol className="collect-log" aria-label="Collected">
          {entries.map((entry) => (
            <li key={entry.id} data-prize={entry.prize}>
              <span className="muted">
                {new Date(entry.time).toLocaleTimeString()} from <code>{entry.origin ?? '(no Origin)'}</code>{' '}
                on <code>{entry.host}</code>
                {entry.prize && <strong>{prize}</strong>}
              </span>
              <pre className="mono">{entry.body}</pre>
            </li>
          ))}
        </ol>
      )}
      <p>
        Alice&apos;s balance: <strong aria-label="Balance">{status.balance}</strong>
        {status.transfers.length > 0 &&
          ` — transfers: ${status.transfers.map((t) => `${t.amount} to ${t.to} (Origin ${t.origin ?? 'none'})`).join('; ')}`}
      </p>
    </section>
  );
}
