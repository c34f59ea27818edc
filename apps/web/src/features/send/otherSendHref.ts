/** A request as the other site's sender page (`/send`) takes it in its URL fragment. */
export interface OtherSendRequest {
  url: string;
  init: RequestInit;
}

/**
 * The link that opens the other-origin sender on `base` (any host name the other site answers on)
 * holding `request`; `frameNull` runs it in a sandboxed frame there, whose origin is `null`. The
 * request rides in the fragment, which never reaches a server.
 */
export function otherSendHref(base: string, request: OtherSendRequest, frameNull = false): string {
  return `${base}/send${frameNull ? '?frame=null' : ''}#${encodeURIComponent(JSON.stringify(request))}`;
}
