import type { ChangeEvent } from 'react';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import type { RequestDraft } from '@cors-playground/client';

type OptionKey = 'credentials' | 'mode' | 'redirect' | 'cache';

const requestOptionChoices: Record<OptionKey, { values: string[]; help: string }> = {
  credentials: {
    values: ['same-origin', 'include', 'omit'],
    help: 'include sends cookies cross-origin; then * no longer works in Access-Control-Allow-Origin.',
  },
  mode: {
    values: ['cors', 'no-cors', 'same-origin'],
    help: 'no-cors never fails on CORS, but JavaScript gets an opaque response.',
  },
  redirect: { values: ['follow', 'manual', 'error'], help: 'Every redirect hop gets its own CORS check.' },
  cache: {
    values: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
    help: 'HTTP cache mode; reload and no-store also skip the preflight cache.',
  },
};

/** credentials, mode, redirect, cache: the fetch() options that change CORS. */
export function RequestOptionsField() {
  const credentials = usePlaygroundStore((s) => s.requestCredentials);
  const mode = usePlaygroundStore((s) => s.requestMode);
  const redirect = usePlaygroundStore((s) => s.requestRedirect);
  const cache = usePlaygroundStore((s) => s.requestCache);
  const requestPatch = usePlaygroundStore((s) => s.requestPatch);
  const values: Record<OptionKey, string> = { credentials, mode, redirect, cache };
  return (
    <div className="request-options">
      {(Object.keys(requestOptionChoices) as OptionKey[]).map((key) => (
        <div key={key} className="request-field">
          <label htmlFor={`request-${key}`}>{key}</label>
          <select
            id={`request-${key}`}
            data-testid={`request-${key}`}
            value={values[key]}
            title={requestOptionChoices[key].help}
            onChange={(event: ChangeEvent<HTMLSelectElement>) =>
              requestPatch({ [key]: event.target.value } as Partial<RequestDraft>)
            }
          >
            {requestOptionChoices[key].values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
