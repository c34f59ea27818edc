import type { RequestHandler } from 'express';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { htmlPage, htmlPageLiteral } from '../shared/htmlPage.ts';

/**
 * The page's script: the request comes in the URL's fragment (never sent to a server), is shown, and
 * is sent only when the learner clicks, and only to the lab API. What came back is shown as this
 * origin's script sees it; what the server received shows in the playground's server log.
 */
const otherSendScript = `
const out = document.getElementById('result');
const shown = document.getElementById('request');
const button = document.getElementById('send');
let request = null;
try {
  request = JSON.parse(decodeURIComponent(location.hash.slice(1)));
  if (typeof request.url !== 'string' || !request.url.startsWith(API + '/')) throw new Error('only the lab API (' + API + ') may be asked');
  shown.textContent = (request.init.method || 'GET') + ' ' + request.url + '\\n' + JSON.stringify(request.init, null, 2);
  button.disabled = false;
} catch (error) {
  shown.textContent = 'No request to send: ' + error.message;
}
button.addEventListener('click', async () => {
  out.textContent = 'Sending…';
  try {
    const response = await fetch(request.url, request.init);
    const readable = response.type !== 'opaque' && response.type !== 'opaqueredirect';
    const headers = [...response.headers.entries()].map(([name, value]) => name + ': ' + value).join('\\n');
    const body = readable ? (await response.text()).slice(0, 2000) : '(opaque: this page may not read it)';
    out.textContent = 'Allowed: ' + response.status + ' (' + response.type + ')\\n' + headers + '\\n\\n' + body;
  } catch (error) {
    out.textContent = 'Blocked: ' + error;
  }
});
`;

/**
 * `GET /send`: "send this request from another origin". The playground links here on the same-site
 * host, the cross-site host, or (`?frame=null`) a sandboxed frame whose origin is `null`.
 */
export function otherSendPage(config: PlaygroundConfig): RequestHandler {
  return (req, res) => {
    res.set('cache-control', 'no-store');
    if (req.query.frame === 'null') {
      res.type('html').send(
        htmlPage(
          'Send from null',
          '<h1>Send from a sandboxed frame</h1><p>The frame below has the origin <code>null</code>.</p>' +
            '<iframe id="frame" sandbox="allow-scripts" title="Sandboxed sender" width="720" height="420"></iframe>' +
            // The fragment does not follow a frame's src on its own: hand it over.
            `<script>document.getElementById('frame').src = 'send' + location.hash;</script>`,
        ),
      );
      return;
    }
    res
      .type('html')
      .send(
        htmlPage(
          'Send from another origin',
          '<h1>Send from another origin</h1>' +
            '<p>This page runs on <code id="here"></code>. The request:</p><pre id="request"></pre>' +
            '<button id="send" disabled>Send from here</button>' +
            '<output id="result" role="status" aria-label="What this page saw"></output>' +
            `<script>const API = ${htmlPageLiteral(config.apiOrigin)};` +
            `document.getElementById('here').textContent = location.origin;${otherSendScript}</script>`,
        ),
      );
  };
}
