import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { labEventSchema, sandboxControlBase, type WorkshopRoomView } from '@cors-playground/protocol';
import { controlQueries } from '../../api/controlQueries.ts';
import { SandboxProvider } from '../../api/SandboxProvider.tsx';
import { serverEventSummary } from '../serverLog/serverEventSummary.ts';
import { PolicyAudit } from '../policy/PolicyAudit.tsx';
import type { WorkshopChallengeColumn } from './WorkshopRoomTable.tsx';
import { workshopStuck } from './workshopStuck.ts';

type Participant = WorkshopRoomView['participants'][number];

/** While a participant is shown, their policy and requests are read again this often. */
const detailRefreshMs = 3000;

const recentSchema = z.array(labEventSchema);

/**
 * What one participant did, as the instructor may see every sandbox: where they are (challenge, state,
 * for how long), their live policy with the audit's findings, and the newest requests their lab API
 * received.
 */
export function WorkshopParticipantDetail({
  participant,
  challenges,
  now,
}: {
  participant: Participant;
  challenges: WorkshopChallengeColumn[];
  now: number;
}) {
  const sandbox = participant.id;
  const policy = useQuery({ ...controlQueries.policy(sandbox), refetchInterval: detailRefreshMs });
  const recent = useQuery({
    queryKey: ['control', sandbox, 'events', 'recent'],
    queryFn: async () => {
      const response = await fetch(`${sandboxControlBase(sandbox)}/events/recent`);
      if (!response.ok) throw new Error(`The server answered ${response.status}`);
      return recentSchema.parse(await response.json());
    },
    refetchInterval: detailRefreshMs,
  });
  return (
    <section
      className="panel workshop-participant"
      aria-label={`What ${participant.name} did`}
      data-testid="workshop-participant"
    >
      <h2>{participant.name}</h2>
      <p data-testid="workshop-participant-stuck">{workshopStuck(participant, challenges, now)}</p>
      <div className="workshop-participant-columns">
        <div>
          <h3>Live policy</h3>
          {policy.data ? (
            <pre data-testid="workshop-participant-policy">{JSON.stringify(policy.data, null, 2)}</pre>
          ) : (
            <p>{policy.isError ? policy.error.message : 'Reading…'}</p>
          )}
          <SandboxProvider sandbox={sandbox} inLinks={false}>
            <PolicyAudit />
          </SandboxProvider>
        </div>
        <div>
          <h3>Newest requests</h3>
          {recent.data?.length === 0 && <p>None yet.</p>}
          <ol className="workshop-participant-requests" data-testid="workshop-participant-requests">
            {[...(recent.data ?? [])].reverse().map((event) => {
              const summary = serverEventSummary(event);
              return (
                <li key={event.id}>
                  <code>
                    {event.method} {new URL(event.url).pathname}
                  </code>{' '}
                  {event.status} from {event.origin ?? 'no Origin'}
                  {summary.cookie ? ', with a cookie' : ''}
                  {summary.readable === 'yes' ? ' — readable' : summary.why ? ` — ${summary.why}` : ''}
                </li>
              );
            })}
          </ol>
        </div>
      </div>
    </section>
  );
}
