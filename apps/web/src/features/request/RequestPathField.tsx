import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';

/** The target path on the lab API, typed (or picked below, see RequestPathPicks). */
export function RequestPathField() {
  const config = useQuery(controlQueries.config()).data;
  const path = usePlaygroundStore((s) => s.requestPath);
  const requestPatch = usePlaygroundStore((s) => s.requestPatch);
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
    </div>
  );
}
