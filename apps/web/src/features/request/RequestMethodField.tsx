import { usePlaygroundStore } from '../../store/playgroundStore.ts';

const requestMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'patch', 'PROPFIND'];

/** Any method, typed as the script would: fetch upper-cases only the six standard ones. */
export function RequestMethodField() {
  const method = usePlaygroundStore((s) => s.requestMethod);
  const requestPatch = usePlaygroundStore((s) => s.requestPatch);
  return (
    <div className="request-field">
      <label htmlFor="request-method">Method</label>
      <input
        id="request-method"
        data-testid="request-method"
        list="request-methods"
        value={method}
        spellCheck={false}
        aria-describedby="request-method-help"
        onChange={(event) => requestPatch({ method: event.target.value })}
      />
      <datalist id="request-methods">
        {requestMethods.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
    </div>
  );
}

/** What the typed method means for CORS; below the method row, where it has the width to be read. */
export function RequestMethodHelp() {
  const method = usePlaygroundStore((s) => s.requestMethod);
  const lowerStays =
    method !== method.toUpperCase() &&
    !['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].includes(method.toUpperCase());
  return (
    <p id="request-method-help" className="help">
      {lowerStays
        ? `fetch() sends "${method}" as typed: only DELETE, GET, HEAD, OPTIONS, POST and PUT are upper-cased, and method names are case-sensitive in Access-Control-Allow-Methods.`
        : 'GET, HEAD and POST go straight out ("simple" requests); any other method makes the browser ask first with a preflight.'}
    </p>
  );
}
