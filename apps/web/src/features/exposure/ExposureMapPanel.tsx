import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { ExposureMapTable } from './ExposureMapTable.tsx';
import { useExposureMap } from './useExposureMap.ts';

/**
 * Who can do what against the lab API with the live policy: the app, a same-site sibling, another
 * site, every attacker origin the audit finds granted, `null`, the http twin and third parties, each
 * tried with four kinds of request in the engine's simulator, cookies as the browser really sends them.
 */
export default function ExposureMapPanel() {
  const sandbox = useSandbox();
  const policy = useQuery(controlQueries.policy(sandbox)).data;
  const { map, config } = useExposureMap(policy);
  if (!map || !config) return null;
  return (
    <section className="panel" aria-labelledby="exposure-title" data-testid="exposure-panel">
      <h2 id="exposure-title">Exposure map: who can do what</h2>
      <p className="help">
        A script on each origin, with a user logged in to the lab API, tries four requests. Cross-site pages
        get no cookie in Chromium, Firefox or Safari today (SameSite and third-party cookie blocking), so they
        read only what the API tells anyone; a same-site page gets every cookie.
      </p>
      <ExposureMapTable
        map={map}
        config={config}
        sandbox={sandbox}
        caption={`Who can do what against ${config.apiOrigin} with the live policy`}
      />
    </section>
  );
}
