import { mutationOptions, queryOptions, type MutationFunctionContext } from '@tanstack/react-query';
import {
  workshopLoginLinkSchema,
  workshopMeSchema,
  workshopRoomSchema,
  workshopStatusSchema,
  type WorkshopMe,
} from '@cors-playground/protocol/pages';

/** The control plane's refusal, with its status (401: not joined; 403: not allowed). */
export class WorkshopApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function workshopJson(response: Response): Promise<unknown> {
  if (response.ok) return response.json();
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  throw new WorkshopApiError(response.status, body.error ?? `The server answered ${response.status}`);
}

function workshopPut(path: string, body: unknown): Promise<unknown> {
  return fetch(`/control/workshop${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(workshopJson);
}

/** Who this browser is in the workshop (its HttpOnly cookie decides), or a 401 WorkshopApiError. */
async function workshopMeGet(): Promise<WorkshopMe> {
  return workshopMeSchema.parse(await workshopJson(await fetch('/control/workshop/me')));
}

/** Server data of workshop mode, beside `controlQueries` and `controlMutations`. */
export const workshopQueries = {
  /**
   * Polled once joined: the instructor's messages and the room's end reach participants within seconds.
   * Not before: a query with no data goes back to pending on every fetch, which would unmount the join
   * form (and what was typed in it) every few seconds. Joining sets the data, and the polling starts.
   */
  me: () =>
    queryOptions({
      queryKey: ['workshop', 'me'],
      queryFn: workshopMeGet,
      refetchInterval: (query) => (query.state.data === undefined ? false : 5000),
      refetchOnWindowFocus: (query) => query.state.data !== undefined,
      retry: (count, error) => !(error instanceof WorkshopApiError) && count < 2,
    }),
  /** Whether the workshop has ended, for the join page (anyone may ask). */
  status: () =>
    queryOptions({
      queryKey: ['workshop', 'status'],
      queryFn: async () =>
        workshopStatusSchema.parse(await workshopJson(await fetch('/control/workshop/status'))),
    }),
  /** The instructor's view of the room: read once, then kept live by the room stream (never polled). */
  room: () =>
    queryOptions({
      queryKey: ['workshop', 'room'],
      queryFn: async () =>
        workshopRoomSchema.parse(await workshopJson(await fetch('/control/workshop/instructor/room'))),
      staleTime: Infinity,
      retry: (count, error) => !(error instanceof WorkshopApiError) && count < 2,
    }),
};

/** After an instructor's change: read the room again (the stream brings it too, this is at once). */
function roomRefresh(
  _answer: unknown,
  _input: unknown,
  _result: unknown,
  { client }: MutationFunctionContext,
) {
  return client.invalidateQueries({ queryKey: workshopQueries.room().queryKey });
}

export const workshopMutations = {
  join: () =>
    mutationOptions({
      mutationKey: ['workshop', 'join'],
      mutationFn: async (name: string) => workshopMeSchema.parse(await workshopPut('/me', { name })),
      // A poll sent before the cookie existed must not land after the join and undo it.
      onMutate: (_name, { client }) => client.cancelQueries({ queryKey: workshopQueries.me().queryKey }),
      onSuccess: (me, _name, _result, { client }) => client.setQueryData(workshopQueries.me().queryKey, me),
    }),
  instructorSession: () =>
    mutationOptions({
      mutationKey: ['workshop', 'instructor', 'session'],
      mutationFn: (secret: string) => workshopPut('/instructor/session', { secret }),
      onSuccess: roomRefresh,
    }),
  /** Reset one participant's progress and policy, or everyone's. */
  reset: () =>
    mutationOptions({
      mutationKey: ['workshop', 'instructor', 'reset'],
      mutationFn: (participant?: string) => workshopPut('/instructor/reset', { participant }),
      onSuccess: roomRefresh,
    }),
  message: () =>
    mutationOptions({
      mutationKey: ['workshop', 'instructor', 'message'],
      mutationFn: (message: { text: string; to?: string }) => workshopPut('/instructor/message', message),
      onSuccess: roomRefresh,
    }),
  /** Remove one participant (by sandbox id), or everyone who joined in the last N minutes. */
  remove: () =>
    mutationOptions({
      mutationKey: ['workshop', 'instructor', 'remove'],
      mutationFn: (target: { participant: string } | { joinedWithinMinutes: number }) =>
        workshopPut('/instructor/remove', target) as Promise<{ removed: number }>,
      onSuccess: roomRefresh,
    }),
  /** A new single-use login link (path and expiry), for another browser of the instructor's. */
  loginLink: () =>
    mutationOptions({
      mutationKey: ['workshop', 'instructor', 'login-link'],
      mutationFn: async () => workshopLoginLinkSchema.parse(await workshopPut('/instructor/login-link', {})),
    }),
  /** Ends every other instructor session and voids every unused login link. */
  rotate: () =>
    mutationOptions({
      mutationKey: ['workshop', 'instructor', 'rotate'],
      mutationFn: () => workshopPut('/instructor/rotate', {}),
    }),
  end: () =>
    mutationOptions({
      mutationKey: ['workshop', 'instructor', 'end'],
      mutationFn: () => workshopPut('/instructor/end', {}),
      onSuccess: roomRefresh,
    }),
};
