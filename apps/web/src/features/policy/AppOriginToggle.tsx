import { useQuery } from '@tanstack/react-query';
import type { Policy } from '@cors-playground/engine';
import { controlQueries } from '../../api/controlQueries.ts';
import { appOriginRuleAllows, appOriginRuleToggle } from './appOriginRule.ts';
import type { PolicyEdit } from './usePolicyDraft.ts';

export interface AppOriginToggleProps {
  model: Policy;
  edit: PolicyEdit;
  disabled: boolean;
}

/** The one-click switch of the first vertical slice: allow or deny this app's own origin. */
export function AppOriginToggle({ model, edit, disabled }: AppOriginToggleProps) {
  const config = useQuery(controlQueries.config()).data;
  if (!config) return null;
  return (
    <label className="app-origin-toggle">
      <input
        type="checkbox"
        data-testid="allow-app-origin"
        checked={appOriginRuleAllows(model, config.appOrigin)}
        disabled={disabled}
        onChange={(event) =>
          edit(['origin'], appOriginRuleToggle(model, config.appOrigin, event.target.checked))
        }
      />{' '}
      Allow <code>{config.appOrigin}</code> (this app) in the API&apos;s{' '}
      <code>Access-Control-Allow-Origin</code>
    </label>
  );
}
