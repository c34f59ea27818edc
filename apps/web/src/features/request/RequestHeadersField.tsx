import { lazy, Suspense } from 'react';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { browserDetectPage } from '../send/browserDetect.ts';

const HeaderVerdictBadge = lazy(() => import('./HeaderVerdictBadge.tsx'));

const requestHeaderPicks: Array<[string, string]> = [
  ['Content-Type', 'application/json'],
  ['Content-Type', 'text/plain'],
  ['X-Custom', '1'],
  ['Authorization', 'Bearer token-123'],
  ['Accept-Language', 'en'],
  ['Cookie', 'session=forged'],
];

/** Request headers, each marked safelisted / needs preflight / forbidden-and-dropped. */
export function RequestHeadersField() {
  const headers = usePlaygroundStore((s) => s.requestHeaders);
  const headerSet = usePlaygroundStore((s) => s.requestHeaderSet);
  const headerAdd = usePlaygroundStore((s) => s.requestHeaderAdd);
  const headerRemove = usePlaygroundStore((s) => s.requestHeaderRemove);
  const browser = browserDetectPage();
  return (
    <fieldset className="request-field request-headers">
      <legend>Headers</legend>
      {headers.length === 0 && (
        <p className="help">No headers: the browser adds its own (Origin among them).</p>
      )}
      <ul>
        {headers.map(([name, value], index) => (
          <li key={index} className="request-header" data-testid="request-header-row">
            <input
              aria-label={`Header ${index + 1} name`}
              data-testid="request-header-name"
              value={name}
              spellCheck={false}
              onChange={(event) => headerSet(index, [event.target.value, value])}
            />
            <input
              aria-label={`Header ${index + 1} value`}
              data-testid="request-header-value"
              value={value}
              spellCheck={false}
              onChange={(event) => headerSet(index, [name, event.target.value])}
            />
            <Suspense fallback={<span className="badge">…</span>}>
              <HeaderVerdictBadge name={name} value={value} browser={browser} />
            </Suspense>
            <button
              type="button"
              aria-label={`Remove header ${name || index + 1}`}
              data-testid="request-header-remove"
              onClick={() => headerRemove(index)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <div className="request-picks" role="group" aria-label="Add a header">
        <button type="button" data-testid="request-header-add" onClick={() => headerAdd()}>
          Add header
        </button>
        {requestHeaderPicks.map(([name, value]) => (
          <button
            key={`${name}:${value}`}
            type="button"
            className="chip"
            data-testid="request-header-pick"
            onClick={() => headerAdd([name, value])}
          >
            {name}: {value}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
