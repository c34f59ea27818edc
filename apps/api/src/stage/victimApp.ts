import express, { type Router } from 'express';
import { stageTokenPath } from '@cors-playground/protocol';
import { challengeVictimCdn, victimTransferLimit } from '@cors-playground/engine';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import type { ChallengeBoard } from './challengeBoard.ts';
import { htmlPage, htmlPageLiteral } from '../shared/htmlPage.ts';
import { stageTarget } from './stageTarget.ts';

/** The victim app's only script: log in, read the account and the API key, send money, load the rates. */
const victimAppScript = `
const token = new URLSearchParams(location.hash.slice(1)).get('token');
if (token) { sessionStorage.setItem('victimToken', token); history.replaceState(null, '', location.pathname); }
const out = document.getElementById('account');
const auth = () => {
  const saved = sessionStorage.getItem('victimToken');
  return saved ? { Authorization: 'Bearer ' + saved } : {};
};
async function call(path, init = {}) {
  const response = await fetch(API + path, { credentials: 'include', ...init, headers: { ...auth(), ...(init.headers || {}) } });
  return response.status + ' ' + (await response.text());
}
document.getElementById('load').addEventListener('click', async () => {
  out.textContent = 'Loading…';
  try { out.textContent = (await call('/account')) + '\\n' + (await call('/api-key')); }
  catch (error) { out.textContent = 'The app is broken: ' + error; }
});
document.getElementById('pay').addEventListener('click', async () => {
  out.textContent = 'Sending…';
  try {
    out.textContent = await call('/transfer', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ to: 'bob', amount: 10 }) });
  } catch (error) { out.textContent = 'The app is broken: ' + error; }
});
document.getElementById('big').addEventListener('click', async () => {
  out.textContent = 'Sending…';
  try {
    out.textContent = await call('/transfer', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ to: 'bob', amount: LIMIT + 1 }) });
  } catch (error) { out.textContent = 'The app is broken: ' + error; }
});
document.getElementById('rates').addEventListener('click', async () => {
  out.textContent = 'Loading…';
  try {
    const response = await fetch(CDN + '/rates');
    out.textContent = 'rates via the CDN: ' + response.status + ' ' + (await response.text());
  } catch (error) { out.textContent = 'The app is broken: ' + error; }
});
document.getElementById('logout').addEventListener('click', () => { sessionStorage.removeItem('victimToken'); out.textContent = 'Token forgotten.'; });
`;

const victimLogins: Array<[session: string, label: string]> = [
  ['cookie-lax', 'Log in (cookie, SameSite=Lax)'],
  ['cookie-strict', 'Log in (cookie, SameSite=Strict)'],
  ['cookie-none', 'Log in (cookie, SameSite=None)'],
  ['bearer', 'Log in (bearer token)'],
];

/** The victim's web app: a page per challenge run that uses the victim's API the way a real front end does. */
export function victimApp(store: SandboxStore, board: ChallengeBoard): Router {
  const router = express.Router();
  router.get('/s/:token/', (req, res) => {
    const target = stageTarget(store, board, req, res);
    if (!target) return;
    const api = `${board.stage.victimApi}${stageTokenPath(target.token)}`;
    const cdn = `${challengeVictimCdn(board.stage)}${stageTokenPath(target.token)}`;
    const logins = victimLogins
      .map(([session, label]) => `<li><a href="${api}/login?session=${session}">${label}</a></li>`)
      .join('');
    res
      .set('cache-control', 'no-store')
      .type('html')
      .send(
        htmlPage(
          'Victim bank',
          `<h1>Victim bank</h1><p>Alice's bank. Its API is <code>${api}</code>.</p><ul>${logins}</ul>` +
            '<button id="load">Load my account</button><button id="pay">Send 10 to Bob</button>' +
            `<button id="big">Send ${victimTransferLimit + 1} to Bob (over the limit)</button>` +
            '<button id="rates">Load the exchange rates (via the CDN)</button>' +
            '<button id="logout">Forget the token</button>' +
            '<output id="account" aria-label="Account" aria-live="polite"></output>' +
            `<script>const API = ${htmlPageLiteral(api)}, CDN = ${htmlPageLiteral(cdn)}, LIMIT = ${victimTransferLimit};${victimAppScript}</script>`,
        ),
      );
  });
  return router;
}
