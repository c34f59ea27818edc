import { pythonServersFind, pythonServersStart, type PythonServers } from './pythonServers.testkit.ts';

/** The Debian packages that bring FastAPI (with Starlette) and uvicorn (`npm test` installs them). */
export const fastapiServerPackages = 'python3-fastapi python3-uvicorn';

/** A python3 that imports FastAPI, Starlette and uvicorn, with their versions; null when there is none. */
export function fastapiServerPython(): {
  python: string;
  fastapi: string;
  starlette: string;
  uvicorn: string;
} | null {
  const found = pythonServersFind(`import fastapi, starlette, uvicorn
print(fastapi.__version__, starlette.__version__, uvicorn.__version__)`);
  const [fastapi, starlette, uvicorn] = found?.versions ?? [];
  return found && fastapi && starlette && uvicorn
    ? { python: found.python, fastapi, starlette, uvicorn }
    : null;
}

/**
 * One FastAPI app per config, each the stub app (the same routes as every verified server: 404 for
 * OPTIONS, 500 under /error, else 200) with the exported code run on it as a module body with `app` in
 * scope, all served by uvicorn in one event loop, each on its own ephemeral loopback socket.
 */
const serve = `import asyncio, json, socket, sys
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
import uvicorn


def build(code):
    app = FastAPI()

    @app.api_route("/{rest:path}", methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
    async def stub(request: Request):
        path = request.url.path
        status = 404 if request.method == "OPTIONS" else 500 if path.startswith("/error") else 200
        return JSONResponse({}, status_code=status)

    exec(compile(code, "export.py", "exec"), {"app": app})
    return app


async def main():
    servers = []
    for index, code in enumerate(json.load(open(sys.argv[1]))):
        try:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            # Accepted sockets inherit it: without, Nagle and delayed ACKs hold every answer 40 ms.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.bind(("127.0.0.1", 0))
            config = uvicorn.Config(build(code), log_level="critical", lifespan="off")
            server = uvicorn.Server(config)
            # SIGTERM must end the process: each server would otherwise take it over and stop only itself.
            server.install_signal_handlers = lambda: None
            servers.append(asyncio.ensure_future(server.serve(sockets=[sock])))
            while not server.started:
                await asyncio.sleep(0.01)
            print(index, sock.getsockname()[1], flush=True)
        except BaseException as error:
            print(index, "error", repr(error), flush=True)
    await asyncio.gather(*servers)


asyncio.run(main())
`;

/**
 * Starts FastAPI with each exported CORSMiddleware configuration (name → the export's code), all in one
 * python3 process; each name's port is in `ports`.
 */
export function fastapiServerStart(python: string, configs: Record<string, string>): Promise<PythonServers> {
  return pythonServersStart(python, serve, configs, 'FastAPI');
}
