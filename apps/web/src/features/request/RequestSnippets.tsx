import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { requestDraftOf } from '../../store/requestSlice.ts';
import { requestSnippetCurl, requestSnippetFetch } from './requestSnippet.ts';
import { labRequestUrl } from '@cors-playground/client';

/** The draft as the fetch() a page would run, and as curl (which shows the response CORS would hide). */
export function RequestSnippets() {
  const config = useQuery(controlQueries.config()).data;
  const sandbox = useSandbox();
  // One draft object for the two snippets; shallow equality keeps it from re-rendering every store change.
  const draft = usePlaygroundStore(useShallow(requestDraftOf));
  if (!config) return null;
  const url = labRequestUrl(config.apiOrigin, sandbox, draft.path);
  return (
    <details className="request-snippets">
      <summary>Equivalent fetch() and curl</summary>
      <pre data-testid="snippet-fetch" aria-label="fetch snippet">
        {requestSnippetFetch(draft, url)}
      </pre>
      <pre data-testid="snippet-curl" aria-label="curl snippet">
        {requestSnippetCurl(draft, url, config.appOrigin)}
      </pre>
    </details>
  );
}
