import { useId, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { workshopMutations, workshopQueries } from '../../api/workshopApi.ts';
import { appPaths } from '@cors-playground/protocol/paths';
import { workshopNameLengthMax } from '@cors-playground/protocol/pages';

/**
 * Joining a workshop: a display name is all it takes. The server answers with this participant's own
 * sandbox and an HttpOnly cookie that is their credential from then on (a reload keeps them).
 */
export function WorkshopJoin() {
  const join = useMutation(workshopMutations.join());
  const ended = useQuery(workshopQueries.status()).data?.ended === true;
  const nameId = useId();
  // Read on submit, not kept in state: nothing the page re-renders meanwhile can clear what was typed.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (name !== '') join.mutate(name);
  };
  return (
    <main className="workshop-join">
      <section className="panel" aria-labelledby={`${nameId}-title`}>
        <h1 id={`${nameId}-title`}>Join the workshop</h1>
        <p>
          You get a playground of your own: your policy, your requests and your server log. Nobody else in the
          room can see or change them, and the instructor sees only your progress.
        </p>
        {ended && (
          <p role="alert" data-testid="workshop-join-ended">
            This workshop has ended: nobody can join any more. The playground itself still works without a
            workshop (ask the instructor for its address).
          </p>
        )}
        <form onSubmit={submit} hidden={ended}>
          <label htmlFor={nameId}>Your name, as the instructor will see it</label>
          <input id={nameId} name="name" maxLength={workshopNameLengthMax} autoComplete="nickname" required />
          <button type="submit" disabled={join.isPending}>
            Join
          </button>
        </form>
        <p>
          First time here? <Link to={appPaths.workshopCheck}>Check your setup</Link>: it tells you whether
          your browser reaches every site the labs use.
        </p>
        {join.isError && (
          <p role="alert" className="error">
            Could not join: {join.error.message}
          </p>
        )}
      </section>
    </main>
  );
}
