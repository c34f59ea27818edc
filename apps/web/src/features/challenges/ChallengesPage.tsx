import { useState } from 'react';
import { challengeList } from '@cors-playground/engine';
import { useSandboxInLinks } from '../../api/SandboxProvider.tsx';
import { useLabEventStream } from '../../api/useLabEventStream.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { ChallengeView } from './ChallengeView.tsx';
import './challenges.css';

/**
 * The security challenges: pick one, play the victim and the attacker in this browser, then fix the
 * victim API's policy. Default export: the app loads it as a lazy route.
 */
export default function ChallengesPage() {
  const linked = useSandboxInLinks();
  useLabEventStream();
  const [selected, setSelected] = useState(
    () => new URLSearchParams(window.location.search).get('challenge') ?? '',
  );
  const challenge = challengeList.find((entry) => entry.id === selected) ?? challengeList[0];
  useDocumentTitle(challenge ? `Challenge: ${challenge.title}` : 'Challenges');
  if (!challenge) return null;
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
        <a href={`/challenges/guide${linked === null ? '' : `?sandbox=${encodeURIComponent(linked)}`}`}>
          Instructor&apos;s guide (printable)
        </a>
      </header>
      <div className="challenges-main">
        <nav aria-label="Challenges" className="panel">
          <ol className="challenge-list">
            {challengeList.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  aria-pressed={entry.id === challenge.id}
                  onClick={() => setSelected(entry.id)}
                >
                  {entry.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <ChallengeView key={challenge.id} challenge={challenge} />
      </div>
    </div>
  );
}
