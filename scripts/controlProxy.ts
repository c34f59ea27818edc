import { request } from 'node:http';
import type { Plugin } from 'vite';

/** Where the component layer's global setup tells the proxy its playground's app origin is. */
export const controlProxyEnv = 'COMPONENT_APP_ORIGIN';

/**
 * Forwards `/control/*` from the component layer's page to the control plane of a real playground, so
 * a component reads and replaces a live policy as it does in the app. The control plane answers only
 * its own origin and host: the proxy speaks for the page as the app origin would.
 */
export function controlProxy(): Plugin {
  return {
    name: 'control-proxy',
    configureServer(server) {
      server.middlewares.use('/control', (req, res) => {
        const target = process.env[controlProxyEnv];
        if (!target) {
          res.statusCode = 503;
          res.end(`No playground to proxy /control to: ${controlProxyEnv} is unset.`);
          return;
        }
        const app = new URL(target);
        const headers = { ...req.headers, host: app.host };
        if (headers.origin !== undefined) headers.origin = app.origin;
        delete headers.referer;
        const upstream = request(
          {
            hostname: app.hostname,
            port: app.port,
            method: req.method,
            path: `/control${req.url ?? ''}`,
            headers,
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', (error) => {
          if (!res.headersSent) res.writeHead(502);
          res.end(String(error));
        });
        // The page went away (an event stream closed): so does the upstream request.
        res.on('close', () => {
          if (!res.writableEnded) upstream.destroy();
        });
        req.pipe(upstream);
      });
    },
  };
}
