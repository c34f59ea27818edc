import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../api/controlQueries.ts';
import { labSend } from '../api/labSend.ts';
import { sandboxLabUrl } from '../api/sandboxId.ts';
import { usePlaygroundStore } from '../store/playgroundStore.ts';

/** One button doing a real cross-origin fetch to the lab API, and what JavaScript saw. */
export function QuickSend() {
  const config = useQuery(controlQueries.config()).data;
  const pending = usePlaygroundStore((s) => s.sendPending);
  const result = usePlaygroundStore((s) => s.sendResult);
  const count = usePlaygroundStore((s) => s.sendCount);
  const sendStart = usePlaygroundStore((s) => s.sendStart);
  const sendFinish = usePlaygroundStore((s) => s.sendFinish);
  const url = config ? sandboxLabUrl(config.apiOrigin, '/data') : '';

  const onSend = async () => {
    sendStart();
    sendFinish(await labSend(url, { mode: 'cors', credentials: 'include', cache: 'no-store' }));
  };

  return (
    <section className="panel" aria-labelledby="quick-send-title">
      <h2 id="quick-send-title">Send a request</h2>
      <p>
        <code>fetch(&apos;{url}&apos;, &#123; credentials: &apos;include&apos; &#125;)</code>
      </p>
      <button type="button" data-testid="send" onClick={onSend} disabled={!config || pending}>
        {pending ? 'Sending…' : 'Send'}
      </button>
      {result && (
        <div
          data-testid="send-result"
          data-ok={String(result.ok)}
          data-count={count}
          className={result.ok ? 'result ok' : 'result failed'}
        >
          {result.ok ? (
            <>
              <p data-testid="send-outcome">
                Succeeded: {result.status} ({result.type})
              </p>
              <pre data-testid="send-body">{result.body}</pre>
            </>
          ) : (
            <p data-testid="send-outcome">
              Failed: <code data-testid="send-error">{result.error}</code> — JavaScript gets no status,
              headers or body. Check the browser console for the reason.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
