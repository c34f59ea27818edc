import type { Challenge } from '@cors-playground/engine';

/** How the victim is logged in, in words for a printed page. */
export const challengeSessionWords: Record<Challenge['session'], string> = {
  'cookie-lax': 'a session cookie with SameSite=Lax',
  'cookie-strict': 'a session cookie with SameSite=Strict',
  'cookie-none': 'a session cookie with SameSite=None; Secure',
  bearer: 'a bearer token the app keeps in JavaScript (no cookie)',
};

/** What the server counts as solved, in words for a printed page. */
export const challengeGoalWords: Record<Challenge['goal'], string> = {
  apiKey: 'the victim’s API key reaches the attacker’s collect endpoint',
  token: 'a token minted with the victim’s session reaches the attacker',
  internal: 'the internal secret (no login needed) reaches the attacker',
  answer: 'any answer of the victim’s API reaches the attacker',
  transfer: 'a transfer the victim’s app did not make goes through',
  poison: 'the bank’s CDN keeps an answer that shuts the victim’s app out',
};
