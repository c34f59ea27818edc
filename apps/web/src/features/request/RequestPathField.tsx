import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { requestPathPicks } from './requestPathPicks.ts';

/** The target path on the lab API, typed or picked. */
export function RequestPathField() {
  const config = useQuery(controlQueries.config()).data;
  const path = usePlaygroundStore((s) => s.requestPath);
  const requestPatch = usePlaygroundStore((s) => s.requestPatch);
  const sandbox = useSandbox();
  const picks = config ? requestPathPicks(config.apiOrigin, sandbox) : [];
  return (
    <div className="request-field">
      <label htmlFor="request-path">Path on the API {config && <code>{config.apiOrigin}</code>}</label>
      <input
        id="request-path"
        data-testid="request-path"
        value={path}
        spellCheck={false}
        onChange={(event) => requestPatch({ path: event.target.value })}
      />
      <div className="request-picks" role="group" aria-label="Lab endpoints">
        {picks.map((pick) => (
          <button
            key={pick.label}
            type="button"
            className="chip"
            title={pick.hint}
            data-testid="request-pick"
            data-path={pick.path}
            aria-pressed={path === pick.path}
            onClick={() => requestPatch({ path: pick.path })}
          >
            {pick.label}
          </button>
        ))}
      </div>
    </div>
  );
}
