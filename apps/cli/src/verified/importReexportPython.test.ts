import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastapiExport, flaskExport } from '@cors-playground/production';
import { fastapiServerPackages, fastapiServerPython, fastapiServerStart } from './fastapiServer.testkit.ts';
import { flaskServerPackages, flaskServerPython, flaskServerStart } from './flaskServer.testkit.ts';
import { importLiveDifferences, importLiveFastapiConfig, importLivePolicy } from './importLive.testkit.ts';
import type { PythonServers } from './pythonServers.testkit.ts';
import { verifiedProbes } from './verifiedExport.testkit.ts';

/**
 * Flask-CORS and Starlette imports, proven on the real frameworks: a configuration as developers write
 * it runs on its framework, the export of its import runs beside it, and both must answer the whole
 * request matrix alike. Anything the import misread (re.match against fullmatch, a regex-looking
 * origin, case-insensitive comparison, '*' lists) would show as a difference.
 */
const flaskConfigs: Record<string, string> = {
  'origins with a regex, credentials, exposed headers': `from flask_cors import CORS
CORS(
    app,
    origins=["https://App.example.com", r"https://.*\\.b\\.example\\.com", "null"],
    supports_credentials=True,
    expose_headers=["X-Request-Id"],
    max_age=600,
)
`,
  'any origin, listed methods and headers': `from flask_cors import CORS
CORS(app, send_wildcard=True, methods=["GET", "PUT"], allow_headers=["content-type", "x-custom"])
`,
};

const fastapiConfigs: Record<string, string> = {
  'origins, a fullmatch regex, credentials, every method and header': `from fastapi.middleware.cors import CORSMiddleware
${importLiveFastapiConfig}
`,
  "'*', listed methods and headers, no caching": `from fastapi.middleware.cors import CORSMiddleware
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_methods=["GET", "PUT"],
    allow_headers=["x-custom"],
    expose_headers=["x-request-id"],
    max_age=0,
)
`,
};

const frameworks = [
  {
    name: 'Flask-CORS',
    found: flaskServerPython(),
    packages: flaskServerPackages,
    source: 'flask' as const,
    configs: flaskConfigs,
    exporter: flaskExport,
    start: flaskServerStart,
  },
  {
    name: 'FastAPI',
    found: fastapiServerPython(),
    packages: fastapiServerPackages,
    source: 'fastapi' as const,
    configs: fastapiConfigs,
    exporter: fastapiExport,
    start: fastapiServerStart,
  },
];

for (const { name, found, packages, source, configs, exporter, start } of frameworks) {
  if (!found) console.warn(`SKIPPED ${name} import live: install the Debian packages ${packages}`);
  describe.skipIf(!found)(`import, live: ${name}${found ? '' : ` (skipped: install ${packages})`}`, () => {
    let servers: PythonServers;
    beforeAll(async () => {
      const apps: Record<string, string> = {};
      for (const [title, text] of Object.entries(configs)) {
        apps[`${title} (original)`] = text;
        apps[`${title} (re-exported)`] = exporter(importLivePolicy(source, text)).code;
      }
      servers = await start(found!.python, apps);
    }, 30_000);
    afterAll(() => servers?.close());

    it.each(Object.keys(configs))(
      `%s: the import's export answers ${verifiedProbes.length} requests like the original`,
      async (title) => {
        const differences = await importLiveDifferences(
          servers.ports.get(`${title} (original)`)!,
          servers.ports.get(`${title} (re-exported)`)!,
        );
        expect(differences).toEqual([]);
      },
    );
  });
}
