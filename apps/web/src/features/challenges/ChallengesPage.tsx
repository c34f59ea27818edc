import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { challengeList } from '@cors-playground/engine';
import { challengeQueries } from '../../api/challengeApi.ts';
import { useSandbox, useSandboxInLinks } from '../../api/SandboxProvider.tsx';
import { useLabEventStream } from '../../api/useLabEventStream.ts';
import { appPaths } from '@cors-playground/protocol/paths';
import { challengeAttemptLabel } from './challengeAttemptLabel.ts';
import { ChallengeTitle } from './ChallengeTitle.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { ChallengeView } from './ChallengeView.tsx';
import './challenges.css';

/**
 * The security challenges, each at its own URL (`/challenges/<id>`): pick one, play the victim and the
 * attacker in this browser, then fix the victim API's policy. The list marks each challenge's attempt
 * as the server decided it. Default export: the app loads it as a lazy route.
 */
export default function ChallengesPage() {
  const linked = useSandboxInLinks();
  const sandbox = useSandbox();
  const { search } = useLocation();
  const { challengeId } = useParams();
  const attempts = useQuery(challengeQueries.attempts(sandbox)).data ?? {};
  useLabEventStream();
  const challenge = challengeList.find((entry) => entry.id === challengeId) ?? challengeList[0];
  // Titles keep their backticks for the page; a tab title has no code style.
  useDocumentTitle(challenge ? `Challenge: ${challenge.title.replaceAll('`', '')}` : 'Challenges');
  // Links written before each challenge had its own URL (`?challenge=<id>`).
  const legacy = new URLSearchParams(search).get('challenge');
  if (challengeId === undefined && legacy !== null) {
    return <Navigate to={{ pathname: appPaths.challenge(legacy), search: '' }} replace />;
  }
  if (!challenge) return null;
  const linkSearch = linked === null ? '' : `?sandbox=${encodeURIComponent(linked)}`;
  return (
    <div className="challenges-page">
      <header className="app-header">
        <div>
          <h1>Security challenges</h1>
          <p>
            Misconfigured CORS in today&apos;s browsers: exploit it, see what the server and the attacker saw,
            fix it, prove the fix.
          </p>
        </div>
        <a href={`${appPaths.challengesGuide}${linkSearch}`}>Instructor&apos;s guide (printable)</a>
      </header>
      <div className="challenges-main">
        <nav aria-label="Challenges" className="panel">
          <ol className="challenge-list">
            {challengeList.map((entry) => {
              const label = challengeAttemptLabel(entry, attempts[entry.id]);
              return (
                <li key={entry.id} data-challenge={entry.id} data-state={label.state}>
                  <Link
                    to={{ pathname: appPaths.challenge(entry.id), search: linkSearch }}
                    aria-current={entry.id === challenge.id ? 'page' : undefined}
                  >
                    <ChallengeTitle title={entry.title} />
                  </Link>
                  <span className="challenge-state" data-testid="challenge-state">
                    <span aria-hidden="true">{label.shape}</span> {label.text}
                  </span>
                </li>
              );
            })}
          </ol>
        </nav>
        <ChallengeView key={challenge.id} challenge={challenge} />
      </div>
    </div>
  );
}
