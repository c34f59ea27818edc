import { useMutation } from '@tanstack/react-query';
import { workshopMutations } from '../../api/workshopApi.ts';

/**
 * The instructor's logins: a login link works once (it stays in the browser's history), so another
 * browser of the instructor's (a phone, the projector laptop) gets a fresh one here. "Log out
 * everywhere else" ends every other instructor session and voids unused links, should one leak.
 */
export function WorkshopInstructorAccess({ appOrigin }: { appOrigin: string | undefined }) {
  const link = useMutation(workshopMutations.loginLink());
  const rotate = useMutation(workshopMutations.rotate());
  const url = link.data && `${appOrigin ?? window.location.origin}${link.data.path}`;
  return (
    <section aria-label="Instructor logins" className="workshop-instructor-access">
      <button type="button" disabled={link.isPending} onClick={() => link.mutate()}>
        New login link
      </button>{' '}
      <button
        type="button"
        disabled={rotate.isPending}
        onClick={() =>
          window.confirm('Log out every other instructor browser and void every unused login link?') &&
          rotate.mutate(undefined, { onSuccess: () => link.reset() })
        }
      >
        Log out everywhere else
      </button>
      {url && link.data && (
        <p>
          <label>
            Login link (works once, until {new Date(link.data.expiresAt).toLocaleTimeString()}):{' '}
            <input readOnly value={url} size={60} onFocus={(event) => event.currentTarget.select()} />
          </label>
        </p>
      )}
      {rotate.isSuccess && <p role="status">Every other instructor session has ended.</p>}
      {(link.isError || rotate.isError) && <p role="alert">{(link.error ?? rotate.error)?.message}</p>}
    </section>
  );
}
