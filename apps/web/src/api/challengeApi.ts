import { mutationOptions, queryOptions } from '@tanstack/react-query';
import {
  challengeAttemptsSchema,
  challengeStatusSchema,
  type ChallengeAttempts,
  type ChallengeStatus,
} from '@cors-playground/protocol/pages';
import { sandboxControlBase } from '@cors-playground/protocol/paths';
import { controlJson } from './controlApi.ts';
import { controlQueries } from './controlQueries.ts';

/**
 * Server data of the security challenges, beside `controlQueries` and `controlMutations`: in a module
 * of its own so that only the (lazy) challenges page loads it and its schemas.
 */
/** The sandbox's challenge progress; null when no challenge was started there. */
async function challengeGet(sandbox: string): Promise<ChallengeStatus | null> {
  const json = await controlJson(await fetch(`${sandboxControlBase(sandbox)}/challenge`));
  return json === null ? null : challengeStatusSchema.parse(json);
}

/** Every challenge's attempt in the sandbox, as the server decided it. */
async function challengeAttemptsGet(sandbox: string): Promise<ChallengeAttempts> {
  const json = await controlJson(await fetch(`${sandboxControlBase(sandbox)}/challenge/attempts`));
  return challengeAttemptsSchema.parse(json);
}

async function challengePut(sandbox: string, path: string, body: unknown): Promise<ChallengeStatus> {
  const response = await fetch(`${sandboxControlBase(sandbox)}/challenge${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return challengeStatusSchema.parse(await controlJson(response));
}

export const challengeQueries = {
  /** The sandbox's challenge; polled while shown, because the attack happens in another tab. */
  status: (sandbox: string) =>
    queryOptions({
      queryKey: ['control', sandbox, 'challenge'],
      queryFn: () => challengeGet(sandbox),
      refetchInterval: 1000,
    }),
  /** Every attempt (the list's marks); polled like the status, which re-decides as the policy changes. */
  attempts: (sandbox: string) =>
    queryOptions({
      queryKey: ['control', sandbox, 'challenge', 'attempts'],
      queryFn: () => challengeAttemptsGet(sandbox),
      refetchInterval: 1000,
    }),
};

export const challengeMutations = {
  /** Starts (or restarts) a challenge: fresh secrets, and its vulnerable policy replaces the live one. */
  start: (sandbox: string) =>
    mutationOptions({
      scope: { id: `policy-${sandbox}` },
      mutationFn: (challengeId: string) => challengePut(sandbox, '', { challengeId }),
      onSuccess: async (status, _id, _result, { client }) => {
        client.setQueryData(challengeQueries.status(sandbox).queryKey, status);
        await client.invalidateQueries({ queryKey: controlQueries.policy(sandbox).queryKey });
        await client.invalidateQueries({ queryKey: challengeQueries.attempts(sandbox).queryKey });
      },
    }),
  /** The CDN operator's buttons: every entry goes stale (`expire`), or everything goes (`purge`). */
  cdn: (sandbox: string) =>
    mutationOptions({
      mutationFn: (action: 'expire' | 'purge') => challengePut(sandbox, '/cdn', { action }),
      onSuccess: (status, _action, _result, { client }) =>
        client.setQueryData(challengeQueries.status(sandbox).queryKey, status),
    }),
  /** Replaces the attack page's script. */
  exploit: (sandbox: string) =>
    mutationOptions({
      mutationFn: (exploit: string) => challengePut(sandbox, '/exploit', { exploit }),
      onSuccess: (status, _exploit, _result, { client }) =>
        client.setQueryData(challengeQueries.status(sandbox).queryKey, status),
    }),
};
