import type { Diagnosis, DiagnosisParty } from '@cors-playground/engine';
import { appPaths } from '@cors-playground/protocol/paths';

/** Who has to act, as the learner reads it. */
const partyLabel: Record<DiagnosisParty, string> = {
  page: 'Your page',
  server: 'The server',
  proxy: 'A proxy or cache',
  framework: 'Another server layer',
};

/**
 * The recognised shapes of a send's problem: who must act, the cause, the remedy, and the remedy in each
 * framework's own terms.
 */
export function DiagnosisList({ diagnoses }: { diagnoses: readonly Diagnosis[] }) {
  if (diagnoses.length === 0) return null;
  return (
    <div className="diagnoses" data-testid="diagnosis-list">
      <h4>Diagnosis</h4>
      <ul>
        {diagnoses.map((d) => {
          const remedies = Object.entries(d.remedies);
          return (
            <li key={`${d.id} ${d.title}`} data-testid="diagnosis" data-id={d.id} data-party={d.party}>
              <p>
                <span className={`party party-${d.party}`} data-testid="diagnosis-party">
                  {partyLabel[d.party]}
                </span>{' '}
                <strong>{d.title}</strong>
              </p>
              <p data-testid="diagnosis-cause">
                <em>Cause:</em> {d.cause}
              </p>
              <p data-testid="diagnosis-remedy">
                <em>Remedy:</em> {d.remedy}
              </p>
              {remedies.length > 0 && (
                <details data-testid="diagnosis-frameworks">
                  <summary>In your framework</summary>
                  <dl>
                    {remedies.map(([framework, text]) => (
                      <div key={framework} data-framework={framework}>
                        <dt>{framework}</dt>
                        <dd>{text}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              )}
              {d.challenge && (
                <p className="help">
                  Practise it:{' '}
                  <a href={`${appPaths.challenges}?challenge=${d.challenge}`}>
                    the “{d.challenge}” challenge
                  </a>
                  .
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
