import type { FormEvent } from 'react';
import { useSend } from '../send/useSend.ts';
import { RequestBodyField } from './RequestBodyField.tsx';
import { RequestHeadersField } from './RequestHeadersField.tsx';
import { RequestMethodField, RequestMethodHelp } from './RequestMethodField.tsx';
import { RequestOptionsField } from './RequestOptionsField.tsx';
import { RequestPathField } from './RequestPathField.tsx';
import { RequestPathPicks } from './RequestPathPicks.tsx';
import { RequestSnippets } from './RequestSnippets.tsx';
import { SendBar } from './SendBar.tsx';
import { SendElsewhere } from './SendElsewhere.tsx';
import './request.css';

/**
 * What the page's script will fetch: every fetch() option that changes what CORS does (method, headers,
 * body, credentials, mode, redirect, cache), so a learner can reproduce their own app's request. A form,
 * so Enter in any field sends; Send sits beside method and path, a few Tab stops from the top.
 */
export function RequestBuilder() {
  const send = useSend();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  return (
    <section className="panel request-builder" aria-labelledby="request-builder-title">
      <h2 id="request-builder-title">Request</h2>
      <form className="request-form" onSubmit={submit} aria-labelledby="request-builder-title">
        <div className="request-row">
          <RequestMethodField />
          <RequestPathField />
          <SendBar />
        </div>
        <RequestMethodHelp />
        <RequestPathPicks />
        <RequestOptionsField />
        <RequestHeadersField />
        <RequestBodyField />
        <RequestSnippets />
        <SendElsewhere />
      </form>
    </section>
  );
}
