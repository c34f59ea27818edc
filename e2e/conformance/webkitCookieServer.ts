import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cookieVariantHeader, cookieVariants } from '@cors-playground/engine';

/**
 * The cookie-rule matrix of docs/cookies.md for a browser driven without an automation protocol: one
 * loopback server answers every `*.localhost` name on two ports and walks MiniBrowser through a plan of
 * top-level pages. The setters set one cookie per variant; each relation's page fetches the echo with
 * both credentials modes (from a sandboxed frame where the relation says so) and logs what arrived.
 */
export interface WebkitCookieStep {
  /** Top-level URL to load. */
  page: string;
  /** `set`: the page is a setter; `fetch`: it fetches `fetch` and logs the cookies that arrived. */
  kind: 'set' | 'fetch';
  fetch?: string;
  frame?: boolean;
}

export const webkitCookieMarker = { result: 'COOKIE-RESULT', done: 'COOKIE-DONE' } as const;

export interface WebkitCookieServer {
  ports: [number, number];
  /** Stores the plan and returns the URL of its first page. */
  plan(steps: WebkitCookieStep[]): string;
  close(): Promise<void>;
}

function webkitCookieScript(step: WebkitCookieStep, index: number, next: string | null): string {
  const finish =
    next === null
      ? `console.log(${JSON.stringify(webkitCookieMarker.done)});`
      : `location.href = ${JSON.stringify(next)};`;
  if (step.kind === 'set') return finish;
  return `(async () => {
  for (const credentials of ['include', 'same-origin']) {
    let cookies;
    try {
      const response = await fetch(${JSON.stringify(step.fetch)}, { credentials, cache: 'no-store' });
      cookies = (await response.json()).cookies;
    } catch (error) {
      cookies = 'unreadable';
    }
    console.log(${JSON.stringify(webkitCookieMarker.result)} + ' ' + JSON.stringify({ step: ${index}, credentials, cookies, origin: window.origin }));
  }
  ${step.frame ? 'parent.postMessage("next", "*");' : finish}
})();`;
}

function webkitCookiePage(step: WebkitCookieStep, index: number, next: string | null): string {
  const script = webkitCookieScript(step, index, next);
  if (!step.frame) return `<!doctype html><title>cookies</title><script>${script}</script>`;
  // The frame runs the fetches with an opaque origin; the page moves on when it says it is done.
  const frame = `<!doctype html><script>${script}</script>`;
  const after =
    next === null
      ? `console.log(${JSON.stringify(webkitCookieMarker.done)})`
      : `location.href = ${JSON.stringify(next)}`;
  return `<!doctype html><title>cookies</title><script>addEventListener('message', () => { ${after}; });</script><iframe sandbox="allow-scripts" srcdoc="${frame.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`;
}

export async function webkitCookieServerStart(): Promise<WebkitCookieServer> {
  let steps: WebkitCookieStep[] = [];
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const origin = req.headers.origin;
    const cors: Record<string, string> = origin
      ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' }
      : {};
    if (url.pathname === '/echo') {
      const cookies = (req.headers.cookie ?? '')
        .split(';')
        .map((part) => part.trim().split('=')[0] ?? '')
        .filter((name) => name !== '')
        .sort();
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors });
      res.end(JSON.stringify({ cookies }));
      return;
    }
    if (url.pathname === '/redirect') {
      res.writeHead(307, {
        location: url.searchParams.get('to') ?? '/',
        'cache-control': 'no-store',
        ...cors,
      });
      res.end();
      return;
    }
    const index = Number(url.searchParams.get('step'));
    const step = steps[index];
    if (url.pathname === '/page' && step) {
      const next = steps[index + 1];
      const headers: Array<[string, string]> = [
        ['content-type', 'text/html; charset=utf-8'],
        ['cache-control', 'no-store'],
      ];
      if (step.kind === 'set') {
        for (const variant of cookieVariants) headers.push(['set-cookie', cookieVariantHeader(variant, '1')]);
      }
      res.writeHead(200, headers.flat());
      res.end(
        webkitCookiePage(
          step,
          index,
          next ? `${next.page}${next.page.includes('?') ? '&' : '?'}step=${index + 1}` : null,
        ),
      );
      return;
    }
    res.writeHead(404, { 'cache-control': 'no-store' });
    res.end();
  };
  const servers = [http.createServer(handle), http.createServer(handle)];
  for (const server of servers) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const ports = servers.map((server) => (server.address() as AddressInfo).port) as [number, number];
  return {
    ports,
    plan(next) {
      steps = next;
      const first = steps[0];
      return first ? `${first.page}${first.page.includes('?') ? '&' : '?'}step=0` : '';
    },
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      ).then(() => undefined),
  };
}
