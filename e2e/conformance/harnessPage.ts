/** One scenario for the harness page: the page origin it runs on and its fetches, in order. */
export interface HarnessJob {
  token: string;
  pageOrigin: string;
  fetches: Array<{ url: string; init: Record<string, unknown> }>;
}

/** Console lines the page writes around each fetch, so that the browser's own lines can be attributed. */
export const harnessMarker = {
  begin: 'CONFORMANCE-BEGIN',
  end: 'CONFORMANCE-END',
  done: 'CONFORMANCE-DONE',
} as const;

/**
 * The page's script. It pulls job `i` (from its own URL's `?i=`), moves to the job's origin when it is
 * on another one, runs the fetches between a begin and an end marker, and posts each result before
 * logging the end marker. The wait before posting gives the browser time to log what it logs about a
 * failure; the markers, not the wait, decide which fetch a line belongs to.
 */
const harnessScript = String.raw`
const base = '/__harness/' + RUN;
let job = Number(new URLSearchParams(location.search).get('i') ?? '0');

async function fetchOne(url, init) {
  try {
    const response = await fetch(url, init);
    const headers = {};
    response.headers.forEach((value, name) => { headers[name] = value; });
    return { ok: true, error: null, response: { type: response.type, status: response.status, headers,
      redirected: response.redirected, url: response.url } };
  } catch (error) {
    return { ok: false, error: String(error), response: null };
  }
}

async function post(path, value) {
  await fetch(base + path, { method: 'POST', body: JSON.stringify(value) });
}

(async () => {
  for (;;) {
    const next = await (await fetch(base + '/job/' + job)).json();
    if (next === null) {
      await post('/done', {});
      console.log(MARKER.done);
      return;
    }
    if (next.pageOrigin !== location.origin) {
      location.href = next.pageOrigin + base + '?i=' + job;
      return;
    }
    for (let k = 0; k < next.fetches.length; k += 1) {
      console.log(MARKER.begin + ' ' + job + ' ' + k);
      const result = await fetchOne(next.fetches[k].url, next.fetches[k].init);
      await new Promise((resolve) => setTimeout(resolve, 40));
      await post('/result', { job, fetch: k, result });
      console.log(MARKER.end + ' ' + job + ' ' + k);
    }
    job += 1;
  }
})();
`;

export function harnessPageHtml(run: string): string {
  const constants = `const RUN = ${JSON.stringify(run)};\nconst MARKER = ${JSON.stringify(harnessMarker)};`;
  return `<!doctype html><html><head><title>conformance harness</title></head><body><script>${constants}${harnessScript}</script></body></html>`;
}
