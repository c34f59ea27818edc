import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import cors from 'cors';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { djangoExport, nginxExport } from '@cors-playground/production';
import { expressCorsArgument } from '@cors-playground/production/testing';
import { djangoServersPackages, djangoServersPython, djangoServersStart } from './djangoServers.testkit.ts';
import { nginxServerMissing, nginxServerStart } from './nginxServer.testkit.ts';
import { importLiveDifferences, importLivePolicy } from './importLive.testkit.ts';
import { verifiedProbes, verifiedRouteStatus } from './verifiedExport.testkit.ts';

/**
 * Import, proven on the real servers: a configuration as developers write it runs on its framework;
 * its import, exported again, runs on the same framework; both must answer the whole request matrix
 * with the same status and CORS headers. Anything the import misread would show as a difference.
 */

/** What every django-cors-headers project has besides its CORS_ settings (the import skips it). */
const djangoInstall = `INSTALLED_APPS += ["corsheaders"]
MIDDLEWARE.insert(0, "corsheaders.middleware.CorsMiddleware")
`;

const djangoConfigs: Record<string, string> = {
  'origins, regexes (re.match), credentials': `${djangoInstall}CORS_ALLOWED_ORIGINS = ["https://app.example.com", "null"]
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\\w+\\.b\\.example\\.com$", r"(?i)http://localhost:\\d+"]
CORS_ALLOW_CREDENTIALS = True
CORS_EXPOSE_HEADERS = ["x-request-id"]
`,
  'allow all, defaults, URLs regex': `${djangoInstall}CORS_ORIGIN_ALLOW_ALL = True
CORS_URLS_REGEX = r"^/public/.*$"
CORS_PREFLIGHT_MAX_AGE = 0
`,
};

const python = djangoServersPython();
describe.skipIf(!python)(
  `import, live: django-cors-headers${python ? ` ${python.corsHeaders}` : ` (skipped: install ${djangoServersPackages})`}`,
  () => {
    let servers: Awaited<ReturnType<typeof djangoServersStart>>;
    beforeAll(async () => {
      const settings: Record<string, string> = {};
      for (const [name, text] of Object.entries(djangoConfigs)) {
        settings[`${name} (original)`] = text;
        settings[`${name} (re-exported)`] = djangoExport(importLivePolicy('django', text)).code;
      }
      servers = await djangoServersStart(python!.python, settings);
    }, 60_000);
    afterAll(() => servers?.close());

    it.each(Object.keys(djangoConfigs))(
      `%s: the import's export answers ${verifiedProbes.length} requests like the original`,
      async (name) => {
        const differences = await importLiveDifferences(
          servers.ports.get(`${name} (original)`)!,
          servers.ports.get(`${name} (re-exported)`)!,
        );
        expect(differences).toEqual([]);
      },
    );
  },
);

const nginxConfigs: Record<string, string> = {
  'map of origins, preflight if, always': `map $http_origin $cors_origin {
    default "";
    "https://APP.example.com" $http_origin;
    "~^https://[a-z.]+\\.example\\.com$" $http_origin;
}
# server { } context
location / {
    add_header Access-Control-Allow-Origin $cors_origin always;
    add_header Vary Origin always;
    add_header Access-Control-Expose-Headers x-request-id always;
    if ($request_method = OPTIONS) {
        add_header Access-Control-Allow-Origin $cors_origin;
        add_header Vary "Origin, Access-Control-Request-Headers";
        add_header Access-Control-Allow-Methods "GET, PUT";
        add_header Access-Control-Allow-Headers $http_access_control_request_headers;
        add_header Access-Control-Max-Age 600;
        return 204;
    }
    proxy_pass http://app;
}
`,
  'a public location with *, no always': `# server { } context
location ~ ^/public/ {
    add_header Access-Control-Allow-Origin "*";
    proxy_pass http://app;
}
location / {
    proxy_pass http://app;
}
`,
};

const nginxMissing = nginxServerMissing('import, live: nginx');
describe.skipIf(nginxMissing !== null)(
  `import, live: nginx${nginxMissing ? ` (skipped: ${nginxMissing})` : ''}`,
  () => {
    it.each(Object.entries(nginxConfigs))(
      `%s: the import's export answers ${verifiedProbes.length} requests like the original`,
      async (_name, text) => {
        const original = await nginxServerStart(text);
        const reexported = await nginxServerStart(nginxExport(importLivePolicy('nginx', text)).code);
        try {
          expect(await importLiveDifferences(original.port, reexported.port)).toEqual([]);
        } finally {
          await Promise.all([original.close(), reexported.close()]);
        }
      },
      60_000,
    );
  },
);

const expressConfigs: Record<string, string> = {
  'array of strings and RegExps, credentials': `{
  origin: ['https://app.example.com', /\\.example\\.com$/, 'null'],
  credentials: true,
  methods: 'GET,PUT',
  exposedHeaders: ['x-request-id'],
  maxAge: 600,
}`,
  'reflect, preflightContinue': `{ origin: true, preflightContinue: true, allowedHeaders: 'content-type' }`,
};

async function startExpress(options: unknown): Promise<http.Server> {
  const app = express();
  app.use(cors(options as cors.CorsOptions));
  app.use((req, res) => {
    res.status(verifiedRouteStatus(req.method, req.path)).json({});
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('import, live: Express cors', () => {
  it.each(Object.entries(expressConfigs))(
    `%s: the import's export answers ${verifiedProbes.length} requests like the original`,
    async (_name, text) => {
      // The original runs exactly as written: this test's own literal, evaluated.
      const original = await startExpress(new Function(`return (${text});`)());
      const reexported = await startExpress(
        expressCorsArgument(importLivePolicy('express', `cors(${text})`)),
      );
      try {
        const port = (s: http.Server) => (s.address() as AddressInfo).port;
        expect(await importLiveDifferences(port(original), port(reexported))).toEqual([]);
      } finally {
        await Promise.all([original, reexported].map((s) => new Promise((resolve) => s.close(resolve))));
      }
    },
  );
});
