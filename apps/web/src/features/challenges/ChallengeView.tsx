import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { challengeSeatIsNull, type Challenge } from '@cors-playground/engine';
import { challengeMutations, challengeQueries } from '../../api/challengeApi.ts';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { PolicyPanel } from '../policy/PolicyPanel.tsx';
import { BankCdn } from './BankCdn.tsx';
import { ChallengeProgress } from './ChallengeProgress.tsx';
import { ChallengeTitle } from './ChallengeTitle.tsx';
import { challengeSeatLabel, challengeVictimUrl } from './challengeSeat.ts';
import { CollectLog } from './CollectLog.tsx';
import { CookiePrediction } from './CookiePrediction.tsx';
import { ExploitEditor } from './ExploitEditor.tsx';
import { VictimServerLog } from './VictimServerLog.tsx';

const sessionLabels: Record<Challenge['session'], string> = {
  'cookie-lax': 'Log in (cookie, SameSite=Lax)',
  'cookie-strict': 'Log in (cookie, SameSite=Strict)',
  'cookie-none': 'Log in (cookie, SameSite=None)',
  bearer: 'Log in (bearer token)',
};

/** One challenge: the story, starting it, the victim, the attack, what arrived, and the fix. */
export function ChallengeView({ challenge }: { challenge: Challenge }) {
  const sandbox = useSandbox();
  const config = useQuery(controlQueries.config()).data;
  const status = useQuery(challengeQueries.status(sandbox)).data;
  const start = useMutation(challengeMutations.start(sandbox));
  const active = status?.challengeId === challenge.id ? status : null;
  const [seat, setSeat] = useState(challenge.seat);
  return (
    <article className="challenge" aria-labelledby="challenge-title">
      <section className="panel">
        <h2 id="challenge-title">
          <ChallengeTitle title={challenge.title} />
        </h2>
        <p>{challenge.story}</p>
        <p className="muted">
          Attack from: {challengeSeatLabel(challenge.seat, config?.stage)}. Victim&apos;s login:{' '}
          {sessionLabels[challenge.session]}.
        </p>
        <button type="button" disabled={start.isPending} onClick={() => start.mutate(challenge.id)}>
          {active ? 'Restart: fresh secrets, vulnerable policy' : 'Start: apply the vulnerable policy'}
        </button>
        {start.isError && <p className="field-error">{start.error.message}</p>}
      </section>
      {active && config && (
        <>
          <section className="panel" aria-labelledby="victim-title">
            <h3 id="victim-title">1. Be the victim</h3>
            <p>
              Open the victim&apos;s app, choose <strong>{sessionLabels[challenge.session]}</strong>, then use
              it (Load my account). Stay logged in: the attack runs in this same browser.
            </p>
            <a href={challengeVictimUrl(config.stage, active.stageToken)} target="_blank" rel="noopener">
              Open the victim&apos;s app (new tab)
            </a>
          </section>
          <ExploitEditor
            key={`${active.challengeId}-${active.exploit}`}
            stage={config.stage}
            stageToken={active.stageToken}
            saved={active.exploit}
            seat={seat}
            onSeat={setSeat}
          />
          <CookiePrediction
            stage={config.stage}
            session={challenge.session}
            seat={seat}
            stageToken={active.stageToken}
          />
          <CollectLog challenge={challenge} status={active} />
          <VictimServerLog victimApi={config.stage.victimApi} />
          {challenge.goal === 'poison' && <BankCdn status={active} />}
          <ChallengeProgress challenge={challenge} status={active} />
          <section aria-labelledby="fix-title">
            <h3 id="fix-title" className="panel">
              4. Fix the victim API&apos;s policy, then run the exploit again
            </h3>
            <details className="panel">
              <summary>Why it works, and a hint</summary>
              <p>{challenge.why}</p>
              <p>{challenge.fix}</p>
            </details>
            <PolicyPanel
              context={{
                appOrigin: config.stage.victimApp,
                appLabel: "the victim's app",
                otherOrigin: challengeSeatIsNull(challenge.seat)
                  ? config.otherOrigin
                  : config.stage.attackers[challenge.seat],
                apiOrigin: config.stage.victimApi,
                // What the victim's app does first: read the account, with its session.
                sampleRequest: { method: 'GET', path: '/account', credentials: 'include' },
              }}
            />
          </section>
        </>
      )}
    </article>
  );
}
