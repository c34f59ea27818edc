import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { requestDraftOf } from '../../store/requestSlice.ts';
import { otherSendHref } from '../send/otherSendHref.ts';
import { labRequestUrl, requestDraftInit } from '@cors-playground/client';

type Elsewhere = 'sameSite' | 'crossSite' | 'null';

const elsewhereLabels: Record<Elsewhere, string> = {
  sameSite: 'Same site, another origin',
  crossSite: 'Another site',
  null: 'null: a sandboxed frame on another site',
};

/**
 * "Send this request from another origin": the same request, from a page on the other site (same-site
 * or cross-site host) or a sandboxed frame there. The request travels in the link's fragment; that page
 * sends it only when clicked, and the server log here shows what arrived.
 */
export function SendElsewhere() {
  const config = useQuery(controlQueries.config()).data;
  const sandbox = useSandbox();
  const draft = usePlaygroundStore(useShallow(requestDraftOf));
  const [from, setFrom] = useState<Elsewhere>('crossSite');
  if (!config) return null;
  const request = {
    url: labRequestUrl(config.apiOrigin, sandbox, draft.path),
    init: requestDraftInit(draft),
  };
  const base = from === 'sameSite' ? config.otherOrigin : config.crossSiteOrigin;
  const href = otherSendHref(base, request, from === 'null');
  return (
    <details className="request-snippets">
      <summary>Send this request from another origin</summary>
      <label>
        From{' '}
        <select value={from} onChange={(event) => setFrom(event.target.value as Elsewhere)}>
          {(Object.keys(elsewhereLabels) as Elsewhere[]).map((key) => (
            <option key={key} value={key}>
              {elsewhereLabels[key]} ({key === 'sameSite' ? config.otherOrigin : config.crossSiteOrigin})
            </option>
          ))}
        </select>
      </label>{' '}
      <a href={href} target="_blank" rel="noopener">
        Open the sender there (new tab)
      </a>
      <p className="muted">
        Click Send on that page: it shows what its script saw; the server log below shows what arrived, with
        which Origin and cookies.
      </p>
    </details>
  );
}
