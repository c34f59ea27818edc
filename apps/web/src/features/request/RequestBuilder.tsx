import { RequestBodyField } from './RequestBodyField.tsx';
import { RequestHeadersField } from './RequestHeadersField.tsx';
import { RequestMethodField } from './RequestMethodField.tsx';
import { RequestOptionsField } from './RequestOptionsField.tsx';
import { RequestPathField } from './RequestPathField.tsx';
import { RequestSnippets } from './RequestSnippets.tsx';
import { SendBar } from './SendBar.tsx';

/**
 * What the page's script will fetch: every fetch() option that changes what CORS does (method, headers,
 * body, credentials, mode, redirect, cache), so a learner can reproduce their own app's request.
 */
export function RequestBuilder() {
  return (
    <section className="panel request-builder" aria-labelledby="request-builder-title">
      <h2 id="request-builder-title">Request</h2>
      <div className="request-row">
        <RequestMethodField />
        <RequestPathField />
      </div>
      <RequestHeadersField />
      <RequestBodyField />
      <RequestOptionsField />
      <RequestSnippets />
      <SendBar />
    </section>
  );
}
