import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { challengeList } from '@cors-playground/engine';
import { controlQueries } from '../../api/controlQueries.ts';
import { useWorkshopRoomStream } from '../../api/useWorkshopRoomStream.ts';
import { WorkshopApiError, workshopMutations, workshopQueries } from '../../api/workshopApi.ts';
import { WorkshopInstructorAccess } from './WorkshopInstructorAccess.tsx';
import { WorkshopMessageForm, workshopMessageFieldId } from './WorkshopMessageForm.tsx';
import { WorkshopParticipantDetail } from './WorkshopParticipantDetail.tsx';
import { WorkshopProjector } from './WorkshopProjector.tsx';
import { WorkshopRemoveRecentForm } from './WorkshopRemoveRecentForm.tsx';
import { WorkshopRoomLegend } from './WorkshopRoomLegend.tsx';
import { WorkshopRoomTable, type WorkshopChallengeColumn } from './WorkshopRoomTable.tsx';
import { WorkshopSentMessages } from './WorkshopSentMessages.tsx';
import './workshopRoom.css';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

/** The secret a login link carries in its fragment (never sent to a server by the browser). */
function secretFromHash(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('secret') ?? undefined;
}

/** Every challenge, in the order the challenges page lists them. */
const challengeColumns: WorkshopChallengeColumn[] = challengeList.map(({ id, title }) => ({ id, title }));

/**
 * The instructor's view of the room: who joined, who exploited and fixed which challenge, who is idle;
 * reset, remove, messages and hints, a projector view, and the end of the workshop. The login link's
 * secret (in the fragment) works once: it is exchanged for an HttpOnly session cookie and removed from
 * the address bar; the copy left in the browser's history is spent.
 */
export default function WorkshopInstructorPage() {
  useDocumentTitle("Instructor's room");
  const session = useMutation(workshopMutations.instructorSession());
  const end = useMutation(workshopMutations.end());
  const reset = useMutation(workshopMutations.reset());
  const [projector, setProjector] = useState(false);
  const [selected, setSelected] = useState<string | undefined>();
  const [hintTo, setHintTo] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const { mutate: sessionStart } = session;
  useEffect(() => {
    const secret = secretFromHash(window.location.hash);
    if (secret === undefined) return;
    window.history.replaceState(null, '', window.location.pathname);
    sessionStart(secret);
  }, [sessionStart]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  // With a login link, the room is read only once the link is traded for a session: an earlier read
  // would be refused and show the "needs a login link" error for a moment.
  const [linkGiven] = useState(() => secretFromHash(window.location.hash) !== undefined);
  const room = useQuery({
    ...workshopQueries.room(),
    enabled: !linkGiven || session.isSuccess,
  });
  const config = useQuery(controlQueries.config());
  const live = useWorkshopRoomStream(room.isSuccess);

  if (room.isError || session.isError) {
    const forbidden = room.error instanceof WorkshopApiError && room.error.status === 403;
    return (
      <main className="panel">
        <h1>Instructor</h1>
        <p role="alert">
          {forbidden || session.isError
            ? 'This page needs an instructor login link, and each works once. Use the newest one the ' +
              'server printed (every start prints a new one), or get one with “New login link” on an ' +
              'instructor page that is still open.'
            : room.error?.message}
        </p>
      </main>
    );
  }
  if (!room.data) return <p className="panel">Loading the room…</p>;
  const joinUrl = config.data ? `${config.data.appOrigin}/workshop/join` : undefined;
  const shown = room.data.participants.find((participant) => participant.id === selected);
  const hint = (id: string) => {
    setHintTo(id);
    document.getElementById(workshopMessageFieldId)?.focus();
  };
  return (
    <main className={projector ? 'workshop-instructor workshop-projector' : 'workshop-instructor'}>
      <header className="workshop-instructor-header">
        <h1>Workshop room</h1>
        <span
          className={live ? 'workshop-live' : 'workshop-live workshop-live-off'}
          data-testid="workshop-live"
        >
          {live ? '● live' : '○ reconnecting…'}
        </span>
        {joinUrl && !projector && (
          <p>
            Join at <strong>{joinUrl}</strong>
          </p>
        )}
        <button type="button" aria-pressed={projector} onClick={() => setProjector(!projector)}>
          Projector view
        </button>
        {!projector && (
          <p>
            <a href="/challenges/guide">Instructor&apos;s guide</a> ·{' '}
            <a href="/workshop/sheet">Participant sheet</a>
          </p>
        )}
      </header>
      {room.data.endedAt !== undefined && <p role="status">This workshop has ended.</p>}
      {room.data.saveError !== undefined && (
        <p role="alert" data-testid="workshop-save-error">
          The room cannot be saved ({room.data.saveError}): joins are refused, and a restart would lose the
          changes since. See the server&apos;s terminal.
        </p>
      )}
      {projector ? (
        <WorkshopProjector room={room.data} challenges={challengeColumns} joinUrl={joinUrl} />
      ) : (
        <>
          <WorkshopRoomTable
            room={room.data}
            challenges={challengeColumns}
            now={now}
            actions
            selected={selected}
            onSelect={(id) => setSelected(id === selected ? undefined : id)}
            onHint={hint}
          />
          <WorkshopRoomLegend challenges={challengeColumns} />
          {shown && <WorkshopParticipantDetail participant={shown} challenges={challengeColumns} now={now} />}
        </>
      )}
      {!projector && (
        <section aria-label="Instructor actions" className="workshop-actions">
          <WorkshopMessageForm participants={room.data.participants} to={hintTo} onToChange={setHintTo} />
          <WorkshopSentMessages room={room.data} />
          <WorkshopRemoveRecentForm />
          <button
            type="button"
            onClick={() =>
              window.confirm('Reset every participant’s progress and policy?') && reset.mutate(undefined)
            }
          >
            Reset everyone
          </button>
          <button
            type="button"
            disabled={room.data.endedAt !== undefined}
            onClick={() => window.confirm('End the workshop? Nobody can join afterwards.') && end.mutate()}
          >
            End the workshop
          </button>
          <WorkshopInstructorAccess appOrigin={config.data?.appOrigin} />
        </section>
      )}
    </main>
  );
}
