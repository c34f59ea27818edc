import { pythonServersFind, pythonServersStart, type PythonServers } from './pythonServers.testkit.ts';

/** The Debian packages that bring Flask and Flask-CORS (`npm test` installs them). */
export const flaskServerPackages = 'python3-flask-cors';

/** A python3 that imports Flask and Flask-CORS, with their versions; null when there is none. */
export function flaskServerPython(): { python: string; flask: string; flaskCors: string } | null {
  const found = pythonServersFind(`import importlib.metadata as m, flask, flask_cors
print(m.version("flask"), m.version("flask-cors"))`);
  const [flask, flaskCors] = found?.versions ?? [];
  return found && flask && flaskCors ? { python: found.python, flask, flaskCors } : null;
}

/**
 * One Flask app per config, each the stub app (every path and method but OPTIONS, which Flask answers
 * itself as it does for any route; 500 under /error, else 200) with the exported code run on it as a
 * module body with `app` in scope, served by Werkzeug in a thread on an ephemeral loopback port.
 */
const serve = `import json, sys, threading
from flask import Flask, jsonify, request
from werkzeug.serving import WSGIRequestHandler, make_server


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def build(code):
    app = Flask("verified")
    # Keep //public/x as sent (Werkzeug would redirect it): the path rules decide on the raw path.
    app.url_map.merge_slashes = False
    methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]

    @app.route("/", defaults={"rest": ""}, methods=methods)
    @app.route("/<path:rest>", methods=methods)
    def stub(rest):
        return jsonify({}), 500 if request.path.startswith("/error") else 200

    exec(compile(code, "export.py", "exec"), {"app": app})
    return app


for index, code in enumerate(json.load(open(sys.argv[1]))):
    try:
        server = make_server("127.0.0.1", 0, build(code), threaded=True, request_handler=Quiet)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        print(index, server.server_port, flush=True)
    except BaseException as error:
        print(index, "error", repr(error), flush=True)
threading.Event().wait()
`;

/**
 * Starts Flask with each exported Flask-CORS configuration (name → the export's code), all in one
 * python3 process; each name's port is in `ports`.
 */
export function flaskServerStart(python: string, configs: Record<string, string>): Promise<PythonServers> {
  return pythonServersStart(python, serve, configs, 'Flask');
}
