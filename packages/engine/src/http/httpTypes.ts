/**
 * HTTP as the engine's parts exchange it: the server side, the lab routes, the simulator and the
 * adapters in apps/* all speak these types. Header lists keep order, case and duplicates, like the wire.
 */

export type HeaderList = Array<[name: string, value: string]>;

/** A request as it reaches a server (after the browser added Origin, ACRM, ACRH, …). */
export interface ServerRequest {
  method: string;
  url: string;
  headers: HeaderList;
  body: string | null;
}

/** What a server answered. */
export interface ServerResponse {
  status: number;
  headers: HeaderList;
  body?: string | null;
}

/**
 * A server as the simulator sees it: called once for each request that reaches it. The playground
 * passes the policy engine; the CLI passes scripted responses or a real HTTP server.
 */
export type SimServer = (request: ServerRequest) => ServerResponse | Promise<ServerResponse>;
export type SimServerSync = (request: ServerRequest) => ServerResponse;
