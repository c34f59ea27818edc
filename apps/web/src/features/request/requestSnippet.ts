import { requestDraftDefault, type RequestDraft } from '@cors-playground/client';

/** A JS string literal (single-quoted, like the rest of the snippets). */
function requestSnippetQuote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/** A POSIX shell word. */
function requestSnippetShell(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The `fetch(...)` call a page script would write for this draft; options at fetch()'s defaults are
 * left out, as a person would.
 */
export function requestSnippetFetch(draft: RequestDraft, url: string): string {
  const defaults = requestDraftDefault();
  const options: string[] = [];
  if (draft.method !== defaults.method) options.push(`method: ${requestSnippetQuote(draft.method)}`);
  const headers = draft.headers.filter(([name]) => name.trim() !== '');
  if (headers.length > 0) {
    const entries = headers.map(
      ([name, value]) => `    [${requestSnippetQuote(name)}, ${requestSnippetQuote(value)}]`,
    );
    options.push(`headers: [\n${entries.join(',\n')},\n  ]`);
  }
  if (draft.body !== null) options.push(`body: ${requestSnippetQuote(draft.body)}`);
  for (const key of ['credentials', 'mode', 'redirect', 'cache'] as const) {
    if (draft[key] !== defaults[key]) options.push(`${key}: ${requestSnippetQuote(draft[key])}`);
  }
  if (options.length === 0) return `fetch(${requestSnippetQuote(url)});`;
  return `fetch(${requestSnippetQuote(url)}, {\n${options.map((o) => `  ${o},`).join('\n')}\n});`;
}

/**
 * The same request from curl, with the headers the browser would add for a CORS request (Origin) so
 * the server answers as it does to the page. curl enforces nothing: it always shows the response.
 */
export function requestSnippetCurl(draft: RequestDraft, url: string, pageOrigin: string): string {
  const parts = ['curl -i'];
  if (draft.method !== 'GET') parts.push(`-X ${requestSnippetShell(draft.method)}`);
  if (draft.mode !== 'same-origin') parts.push(`-H ${requestSnippetShell(`Origin: ${pageOrigin}`)}`);
  for (const [name, value] of draft.headers) {
    if (name.trim() !== '') parts.push(`-H ${requestSnippetShell(`${name}: ${value}`)}`);
  }
  if (draft.body !== null) parts.push(`--data-raw ${requestSnippetShell(draft.body)}`);
  if (draft.credentials === 'include') parts.push('-b cookies.txt -c cookies.txt');
  if (draft.redirect === 'follow') parts.push('-L');
  parts.push(requestSnippetShell(url));
  return parts.join(' \\\n  ');
}
