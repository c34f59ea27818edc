import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { requestPathPicks } from './requestPathPicks.ts';

/** The lab's endpoints as one-click paths; after Send in the tab order, so Send stays a few stops away. */
export function RequestPathPicks() {
  const config = useQuery(controlQueries.config()).data;
  const path = usePlaygroundStore((s) => s.requestPath);
  const requestPatch = usePlaygroundStore((s) => s.requestPatch);
  const sandbox = useSandbox();
  const picks = config ? requestPathPicks(config.apiOrigin, sandbox) : [];
  return (
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
  );
}
