import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { htmlPageLiteral } from '../shared/htmlPage.ts';

/** What a self-check page reports to the check page that opened it. */
export type SelfCheckPageKind = 'cookie-set' | 'probe';

export interface SelfCheckPageData {
  kind: SelfCheckPageKind;
  nonce: string;
  /** The only origin the page reports to (`postMessage`'s target): the playground app. */
  appOrigin: string;
  /** For a probe: the victim API's cookie check, fetched with credentials. */
  cookieUrl?: string;
}

// Runs in the pop-up the check page opened: it tells its opener (and nobody else: the target origin
// is the app's) what this origin saw. A probe asks the victim API whether the check cookie arrived.
const selfCheckScript = `
const data = JSON.parse(document.getElementById('data').textContent);
const post = (message) => {
  if (window.opener) window.opener.postMessage({ type: 'cors-playground-self-check', nonce: data.nonce, ...message }, data.appOrigin);
};
if (data.kind === 'probe') {
  fetch(data.cookieUrl, { credentials: 'include', cache: 'no-store' })
    .then((response) => response.json())
    .then((body) => post({ step: 'probe', received: body.received === true }),
          (error) => post({ step: 'probe', error: String(error) }));
} else {
  post({ step: 'cookie-set' });
}`;

/**
 * One page of the cookie self-check: static text and a script allowed by a per-response CSP nonce,
 * which may only talk to the victim API. Never framed: the check runs top-level, in a pop-up, because
 * in a frame under the app every request would be third-party and no SameSite cookie would move.
 */
export function selfCheckPage(res: ServerResponse, data: SelfCheckPageData, connectOrigin: string): void {
  const cspNonce = randomBytes(16).toString('base64');
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': [
      "default-src 'none'",
      `script-src 'nonce-${cspNonce}'`,
      `connect-src ${connectOrigin}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'referrer-policy': 'no-referrer',
  });
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Setup check</title></head><body>` +
      `<h1>Setup check</h1><p>Checking what this browser sends here. This window closes by itself.</p>` +
      `<script type="application/json" id="data">${htmlPageLiteral(data)}</script>` +
      `<script nonce="${cspNonce}">${selfCheckScript}</script></body></html>`,
  );
}
