import { challengeShowsNoTheft, type Challenge } from '@cors-playground/engine';
import type { ChallengeAttempt } from '@cors-playground/protocol';

/** How an attempt's state is shown: a word and a shape, so colour is never the only cue. */
export interface ChallengeAttemptLabel {
  /** `none` when not started, else the attempt's state. */
  state: 'none' | ChallengeAttempt['state'];
  shape: string;
  text: string;
}

/**
 * The words for an attempt, the same in the list and on the challenge page. A challenge whose lesson
 * is that the session stays home is "demonstrated", not "exploited", when nothing travelled with it.
 */
export function challengeAttemptLabel(
  challenge: Challenge,
  attempt: ChallengeAttempt | undefined,
): ChallengeAttemptLabel {
  if (!attempt) return { state: 'none', shape: '○', text: 'Not started' };
  switch (attempt.state) {
    case 'started':
      return { state: 'started', shape: '◔', text: 'Started' };
    case 'exploited':
      return challengeShowsNoTheft(challenge) && attempt.evidence?.sessionTravelled !== true
        ? { state: 'exploited', shape: '◑', text: 'Demonstrated: no session went with it' }
        : { state: 'exploited', shape: '●', text: 'Exploited' };
    case 'fixed':
      return { state: 'fixed', shape: '✔', text: 'Fixed' };
  }
}
