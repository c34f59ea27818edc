import type { JsView } from './jsView.ts';

/** What JavaScript saw of a resolved CORS fetch of `200` with an empty body, with `patch` on top (tests only). */
export function jsViewMake(patch: Partial<JsView> = {}): JsView {
  return {
    ok: true,
    error: null,
    status: 200,
    type: 'cors',
    redirected: false,
    url: null,
    headers: [],
    body: '',
    durationMs: 1,
    ...patch,
  };
}
