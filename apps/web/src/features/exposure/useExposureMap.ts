import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Policy } from '@cors-playground/engine';
import { auditAttacks, exposureMap, type ExposureMap } from '@cors-playground/production';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { controlQueries } from '../../api/controlQueries.ts';

/**
 * The exposure map of a policy on this playground's origins (the live one, or an imported one), with
 * every attacker origin the audit finds granted; null until both the policy and the config are known.
 */
export function useExposureMap(policy: Policy | null | undefined): {
  map: ExposureMap | null;
  config: PlaygroundConfig | undefined;
} {
  const config = useQuery(controlQueries.config()).data;
  const map = useMemo(
    () =>
      policy && config
        ? exposureMap(policy, {
            appOrigin: config.appOrigin,
            apiOrigin: config.apiOrigin,
            siblingOrigin: config.otherOrigin,
            crossSiteOrigin: config.crossSiteOrigin,
            attacks: auditAttacks(policy),
          })
        : null,
    [policy, config],
  );
  return { map, config };
}
