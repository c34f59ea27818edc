import { headerListGet } from '@cors-playground/engine';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';

/** The body; its Content-Type is a header (a string body implies text/plain;charset=UTF-8). */
export function RequestBodyField() {
  const body = usePlaygroundStore((s) => s.requestBody);
  const headers = usePlaygroundStore((s) => s.requestHeaders);
  const requestPatch = usePlaygroundStore((s) => s.requestPatch);
  const method = usePlaygroundStore((s) => s.requestMethod);
  const contentType = headerListGet(headers, 'content-type');
  const bodyless = ['GET', 'HEAD'].includes(method.toUpperCase());
  return (
    <div className="request-field">
      <label>
        <input
          type="checkbox"
          data-testid="request-body-on"
          checked={body !== null}
          onChange={(event) => requestPatch({ body: event.target.checked ? '' : null })}
        />{' '}
        Send a body
      </label>
      {body !== null && (
        <>
          <label htmlFor="request-body" className="visually-hidden">
            Body
          </label>
          <textarea
            id="request-body"
            data-testid="request-body"
            rows={3}
            value={body}
            spellCheck={false}
            onChange={(event) => requestPatch({ body: event.target.value })}
          />
          <p className="help">
            {bodyless
              ? `${method.toUpperCase()} cannot have a body: fetch() throws a TypeError.`
              : contentType
                ? `Sent as Content-Type: ${contentType}.`
                : 'No Content-Type header: the browser sends text/plain;charset=UTF-8 (safelisted). Add Content-Type: application/json to see a preflight.'}
          </p>
        </>
      )}
    </div>
  );
}
