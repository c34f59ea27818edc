import { headerListGet, type Policy, type SimServerSync } from '@cors-playground/engine';
import { sandboxLabPathParse } from '@cors-playground/protocol/paths';
import type { SendEngine } from './sendPorts.ts';

export interface LabSimServerOptions {
  /** The lab API origin: only requests to it carry the tab's cookie. */
  apiOrigin: string;
  /**
   * The `Cookie` header this browser sends to the API on credentialed requests (learned from what the
   * server saw), or null. Default null.
   */
  cookie?: string | null;
  /** `credentials: 'include'`: cross-origin requests carry cookies only then. Default false. */
  credentialed?: boolean;
}

/**
 * The simulator's server: exactly the real lab API (the policy engine in front of `labRoute`), routing
 * a sandbox's path as the real API does (a redirect's target names the sandbox), and the browser's cookie added where the browser
 * would add it (never to a preflight), so `/private` answers as it really does.
 */
export function labSimServer(
  engine: Pick<SendEngine, 'labServer'>,
  policy: Policy,
  options: LabSimServerOptions,
): SimServerSync {
  // The engine comes in as an argument: a static import would pull it into the initial bundle.
  // labServer is the real API as it runs, Node's HTTP parser included (a lower-case `patch` gets a 400).
  const server = engine.labServer(policy);
  return (request) => {
    const [, origin = '', target = '/'] = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/i.exec(request.url) ?? [];
    const url = `${origin}${sandboxLabPathParse(target || '/').path}`;
    const preflight =
      request.method === 'OPTIONS' &&
      headerListGet(request.headers, 'access-control-request-method') !== null;
    const cookie =
      options.cookie && options.credentialed && !preflight && origin === options.apiOrigin
        ? options.cookie
        : null;
    const headers = cookie ? [...request.headers, ['cookie', cookie] as [string, string]] : request.headers;
    return server({ ...request, url, headers });
  };
}
