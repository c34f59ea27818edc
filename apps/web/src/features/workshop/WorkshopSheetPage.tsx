import { useQuery } from '@tanstack/react-query';
import { challengeList } from '@cors-playground/engine';
import { controlQueries } from '../../api/controlQueries.ts';
import { challengeSeatLabel } from '../challenges/challengeSeat.ts';
// The guide's print styles: the Print button is not printed.
import '../challenges/challenges.css';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

/**
 * The participant's handout, made to print: where to join, what to do with each challenge, and the
 * challenges themselves, from the challenges' own data so that it never drifts from them.
 */
export default function WorkshopSheetPage() {
  useDocumentTitle('Participant sheet');
  const config = useQuery(controlQueries.config()).data;
  const joinUrl = config ? `${config.appOrigin}/workshop/join` : '…';
  return (
    <main className="challenge-guide">
      <h1>CORS workshop: participant sheet</h1>
      <p>
        Join at <strong>{joinUrl}</strong> with a name of your choice. You get a playground of your own:
        nobody else sees your policy, your requests or your server log.
      </p>
      <button type="button" className="challenge-guide-print" onClick={() => window.print()}>
        Print
      </button>
      <h2>Each challenge, in four moves</h2>
      <ol>
        <li>Read the story, then Start: the victim&apos;s API gets the vulnerable policy.</li>
        <li>Open the victim&apos;s app and log in, as the victim would in their own browser.</li>
        <li>
          Run the exploit from the attacker&apos;s seat. The collect log shows what reached the attacker.
        </li>
        <li>
          Fix the policy in the editor: the server replays your exploit against it, and once it is blocked
          while the victim&apos;s app keeps working the challenge is fixed, and the instructor sees it.
        </li>
      </ol>
      <h2>The challenges</h2>
      <ol>
        {challengeList.map((challenge) => (
          <li key={challenge.id}>
            <strong>{challenge.title}</strong> (attack from{' '}
            {challengeSeatLabel(challenge.seat, config?.stage)})<p>{challenge.story}</p>
          </li>
        ))}
      </ol>
      <p>
        Good to know: in today&apos;s browsers a page on another site gets none of the victim&apos;s cookies,
        so cookie theft works from a sibling subdomain of the same site, not from a stranger&apos;s site.
      </p>
    </main>
  );
}
