import { afterAll, beforeAll, describe, it } from 'vitest';
import { fastapiExport } from '@cors-playground/production';
import { fastapiServerPackages, fastapiServerPython, fastapiServerStart } from './fastapiServer.testkit.ts';
import type { PythonServers } from './pythonServers.testkit.ts';
import { verifiedCheck } from './verifiedCheck.testkit.ts';
import { verifiedPolicies, verifiedProbes } from './verifiedExport.testkit.ts';

/**
 * The FastAPI export, proven on Starlette's real CORSMiddleware: each policy's generated
 * `app.add_middleware(…)` runs on a stub FastAPI app served by uvicorn, and the whole request matrix must match the engine wherever the export claims
 * equivalence, while every difference it claims must really show.
 */
const python = fastapiServerPython();
const missing = python
  ? null
  : `no python3 can import fastapi and uvicorn: install the Debian packages ${fastapiServerPackages} (npm test does so with apt-get)`;
if (missing) console.warn(`SKIPPED FastAPI CORSMiddleware live equivalence: ${missing}`);

describe.skipIf(missing !== null)(
  `verified export: FastAPI CORSMiddleware ${python ? `FastAPI ${python.fastapi}, Starlette ${python.starlette}, uvicorn ${python.uvicorn}` : `(skipped: ${missing})`}`,
  () => {
    let servers: PythonServers;
    beforeAll(async () => {
      const configs = Object.entries(verifiedPolicies).map(([name, p]) => [name, fastapiExport(p).code]);
      servers = await fastapiServerStart(python!.python, Object.fromEntries(configs));
    }, 30_000);
    afterAll(() => servers?.close());

    it.each(Object.entries(verifiedPolicies))(
      `%s: ${verifiedProbes.length} requests match the engine where claimed, and every claimed difference shows`,
      (name, p) => verifiedCheck(p, fastapiExport(p), servers.ports.get(name)!),
    );
  },
);
