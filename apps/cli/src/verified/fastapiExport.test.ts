import { fastapiExport } from '@cors-playground/production';
import { fastapiServerPackages, fastapiServerPython, fastapiServerStart } from './fastapiServer.testkit.ts';
import { verifiedExportSuite } from './verifiedExportSuite.testkit.ts';

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

verifiedExportSuite({
  title: `FastAPI CORSMiddleware ${python ? `FastAPI ${python.fastapi}, Starlette ${python.starlette}, uvicorn ${python.uvicorn}` : `(skipped: ${missing})`}`,
  missing,
  exporter: fastapiExport,
  start: (configs) => fastapiServerStart(python!.python, configs),
  startTimeout: 30_000,
});
