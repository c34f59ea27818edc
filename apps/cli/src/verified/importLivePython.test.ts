import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyImportersRun, type ImportSource } from '@cors-playground/production/import';
import { importLiveFastapiConfig } from './importLive.testkit.ts';
import { verifiedEngineAnswer, verifiedProbes, verifiedSend } from './verifiedExport.testkit.ts';

/**
 * Flask-CORS and Starlette have no exporter on this branch yet, so their imports are proven against
 * the engine: the pasted configuration runs on the real framework, and for every probe with an Origin
 * the engine, running the imported policy, must grant Access-Control-Allow-Origin (and -Credentials)
 * exactly as the framework does. That is where the import's hard parts live: regexes that look like
 * origins, re.match against fullmatch, case-insensitive comparison.
 */
const python = '/usr/bin/python3';
const stubRoutes = `
from flask import Flask, jsonify
app = Flask(__name__)
@app.route("/", defaults={"p": ""}, methods=["GET", "POST", "PUT", "DELETE"])
@app.route("/<path:p>", methods=["GET", "POST", "PUT", "DELETE"])
def stub(p):
    return jsonify({}), 500 if p.startswith("error") else 200
`;
const servers: Record<'flask' | 'fastapi', { imports: string; app: string; serve: string }> = {
  flask: {
    imports: 'import flask, flask_cors',
    app: `from flask_cors import CORS, cross_origin\n${stubRoutes}`,
    serve: `from werkzeug.serving import make_server
server = make_server("127.0.0.1", 0, app)
print(server.server_port, flush=True)
server.serve_forever()`,
  },
  fastapi: {
    imports: 'import fastapi, uvicorn, starlette',
    app: `import socket, uvicorn
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
app = FastAPI()
@app.api_route("/{p:path}", methods=["GET", "POST", "PUT", "DELETE"])
def stub(p: str):
    return JSONResponse({}, status_code=500 if p.startswith("error") else 200)
`,
    serve: `sock = socket.socket()
sock.bind(("127.0.0.1", 0))
# Listening before the port is printed: requests wait in the backlog until uvicorn serves them.
sock.listen(64)
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="error")).run(sockets=[sock])`,
  },
};

const configs: Record<'flask' | 'fastapi', string> = {
  // 'https://*.example.com' holds '*': Flask-CORS reads it as the regex https:/ /* .example.com.
  flask: `CORS(app, origins=["https://App.example.com", r"https://.*\\.b\\.example\\.com", "https://*.example.com", "null"], supports_credentials=True)`,
  fastapi: importLiveFastapiConfig,
};

function importLivePythonStart(
  source: 'flask' | 'fastapi',
  dir: string,
): Promise<{ child: ChildProcess; port: number }> {
  const file = path.join(dir, `${source}_app.py`);
  writeFileSync(file, `${servers[source].app}\n${configs[source]}\n${servers[source].serve}\n`);
  const child = spawn(python, [file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, port: Number(line) }));
    child.once('exit', (code) => reject(new Error(`${source} exited with ${code}:\n${stderr}`)));
  });
}

describe.each(['flask', 'fastapi'] as const)('import, live against the engine: %s', (source) => {
  const missing = spawnSync(python, ['-c', servers[source].imports]).status !== 0;
  let server: { child: ChildProcess; port: number } | undefined;
  let dir = '';
  beforeAll(async () => {
    if (missing) return;
    dir = mkdtempSync(path.join(tmpdir(), 'import-live-'));
    server = await importLivePythonStart(source, dir);
  }, 60_000);
  afterAll(() => {
    server?.child.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const probes = verifiedProbes.filter((p) => p.headers.origin !== undefined && p.path !== '/error');
  it.skipIf(missing)(
    missing
      ? `SKIPPED: ${python} cannot import ${source} (Debian: python3-flask-cors, python3-fastapi, python3-uvicorn)`
      : `the engine grants the origins ${source} grants, on ${probes.length} requests`,
    async () => {
      const result = policyImportersRun(configs[source], source as ImportSource);
      expect(result.errors).toEqual([]);
      const differences: string[] = [];
      let grants = 0;
      for (const probe of probes) {
        const real = await verifiedSend(server!.port, probe);
        if (real.headers.has('access-control-allow-origin')) grants++;
        const engine = verifiedEngineAnswer(result.policy!, probe);
        for (const name of ['access-control-allow-origin', 'access-control-allow-credentials']) {
          const granted = real.headers.has('access-control-allow-origin');
          if (name !== 'access-control-allow-origin' && !granted) continue;
          if (real.headers.get(name) !== engine.headers.get(name)) {
            differences.push(
              `${probe.method} ${probe.path} Origin=${probe.headers.origin}: ${name} ${real.headers.get(name) ?? '(absent)'}, engine ${engine.headers.get(name) ?? '(absent)'}`,
            );
          }
        }
      }
      expect(differences).toEqual([]);
      // Both outcomes were exercised: some origins granted, some refused.
      expect(grants).toBeGreaterThan(0);
      expect(grants).toBeLessThan(probes.length);
    },
    60_000,
  );
});
