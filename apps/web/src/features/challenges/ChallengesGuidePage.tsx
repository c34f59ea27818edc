import { useQuery } from '@tanstack/react-query';
import { challengeList, type Challenge, type ChallengeStage } from '@cors-playground/engine';
import { controlQueries } from '../../api/controlQueries.ts';
import { browserLabel, browserOrder } from '../send/browserLabel.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { challengeSeatLabel } from './challengeSeat.ts';
import { ChallengeTitle } from './ChallengeTitle.tsx';
import { challengeGoalWords, challengeSessionWords } from './challengeWords.ts';
import './challenges.css';

function ChallengeGuideEntry({ challenge, stage }: { challenge: Challenge; stage: ChallengeStage }) {
  return (
    <article className="challenge-guide-entry" aria-labelledby={`guide-${challenge.id}`}>
      <h2 id={`guide-${challenge.id}`}>
        <ChallengeTitle title={challenge.title} />
      </h2>
      <p>{challenge.story}</p>
      <p>
        <strong>Attack from:</strong> {challengeSeatLabel(challenge.seat, stage)}.{' '}
        <strong>Victim&apos;s session:</strong> {challengeSessionWords[challenge.session]}.{' '}
        <strong>Solved when:</strong> {challengeGoalWords[challenge.goal]}.
      </p>
      <h3>Vulnerable policy</h3>
      <pre className="mono">{JSON.stringify(challenge.vulnerablePolicy(stage), null, 2)}</pre>
      <h3>Exploit</h3>
      <pre className="mono">{challenge.exploit}</pre>
      <h3>Expected outcome</h3>
      <dl>
        {browserOrder.map((browser) => (
          <div key={browser} data-browser={browser}>
            <dt>{browserLabel[browser]}</dt>
            <dd>{challenge.expected[browser]}</dd>
          </div>
        ))}
      </dl>
      <h3>Why</h3>
      <p>{challenge.why}</p>
      <h3>The fix</h3>
      <p>{challenge.fix}</p>
      <pre className="mono">{JSON.stringify(challenge.fixedPolicy(stage), null, 2)}</pre>
      <h3>Common questions</h3>
      <dl>
        {challenge.questions.map((entry) => (
          <div key={entry.question}>
            <dt>{entry.question}</dt>
            <dd>{entry.answer}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

/** Minutes one challenge takes a room, from the story to the discussion of the fix. */
const guideMinutesPerChallenge = 10;

/** Every challenge's story, expected output per browser, fix and common questions, made to print. */
export default function ChallengesGuidePage() {
  useDocumentTitle("Challenges: the instructor's guide");
  const config = useQuery(controlQueries.config()).data;
  return (
    <main className="challenge-guide">
      <h1>Security challenges: instructor&apos;s guide</h1>
      <p>
        What each challenge shows, what learners see in Chromium, Firefox and Safari (WebKit, measured in
        WebKitGTK), and the questions they ask. Cookie facts: a cross-site page gets no cookie at all; a
        same-site page gets all of them (docs/cookies.md).
      </p>
      <button type="button" className="challenge-guide-print" onClick={() => window.print()}>
        Print
      </button>
      <h2>Timing</h2>
      <p>
        About {guideMinutesPerChallenge} minutes a challenge: 2 to read the story and log in as the victim, 3
        to run the exploit and read the collect log, 3 to fix the policy and prove it, 2 to discuss. All{' '}
        {challengeList.length} take about {Math.round((challengeList.length * guideMinutesPerChallenge) / 60)}{' '}
        hours; a half-day workshop picks four to six, after the first Learn steps (about 20 minutes).
      </p>
      {config ? (
        challengeList.map((challenge) => (
          <ChallengeGuideEntry key={challenge.id} challenge={challenge} stage={config.stage} />
        ))
      ) : (
        <p>Loading…</p>
      )}
    </main>
  );
}
