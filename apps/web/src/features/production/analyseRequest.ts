import type { FetchRequest, HeaderList, RequestCredentials } from '@cors-playground/engine';

/** What the Analyse tab knows about the request: the current request's fields plus a typed URL and Origin. */
export interface AnalyseRequestInput {
  url: string;
  origin: string;
  method: string;
  headers: HeaderList;
  credentials: RequestCredentials;
}

export interface AnalyseRequestError {
  field: 'url' | 'origin';
  message: string;
}

export type AnalyseRequestResult =
  { ok: true; request: FetchRequest } | { ok: false; errors: AnalyseRequestError[] };

function analyseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function analyseUrlError(text: string): string | null {
  const url = analyseUrl(text.trim());
  if (!url) return `Not an absolute URL: "${text}" (expected e.g. https://api.example.com/data).`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `Only http: and https: URLs can be fetched cross-origin, not ${url.protocol}`;
  }
  return null;
}

function analyseOriginError(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === 'null') return null;
  const url = analyseUrl(trimmed);
  // An origin is scheme://host[:port] and nothing else: a path or a trailing slash is a common slip.
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== trimmed) {
    return `Not an origin: "${text}" (expected scheme://host[:port] without a path, e.g. https://app.example.com, or null).`;
  }
  return null;
}

/**
 * The fetch to analyse: the current request's method, headers and credentials sent from `origin` to
 * `url` in CORS mode, following redirects (what `curl -L` shows). Rejects a URL or Origin that is not
 * one, with a message per field.
 */
export function analyseRequestBuild(input: AnalyseRequestInput): AnalyseRequestResult {
  const errors: AnalyseRequestError[] = [];
  const urlError = analyseUrlError(input.url);
  if (urlError) errors.push({ field: 'url', message: urlError });
  const originError = analyseOriginError(input.origin);
  if (originError) errors.push({ field: 'origin', message: originError });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      pageOrigin: input.origin.trim(),
      url: new URL(input.url.trim()).href,
      method: input.method,
      headers: input.headers.filter(([name]) => name.trim() !== ''),
      credentials: input.credentials,
      mode: 'cors',
      redirect: 'follow',
    },
  };
}
