import type { Policy } from '@cors-playground/engine';
import { LabelledCheckbox } from '../../ui/LabelledCheckbox.tsx';
import { appOriginRuleAllows, appOriginRuleToggle } from './appOriginRule.ts';
import type { PolicyEditorContext } from './policyEditorContext.ts';
import type { PolicyEdit } from './usePolicyDraft.ts';

export interface AppOriginToggleProps {
  model: Policy;
  edit: PolicyEdit;
  disabled: boolean;
  context: PolicyEditorContext;
}

/**
 * The one-click switch of the first vertical slice: allow or deny the app's own origin. With `any` or
 * `reflect` every origin is allowed, so there is nothing for it to switch: it says so instead.
 */
export function AppOriginToggle({ model, edit, disabled, context }: AppOriginToggleProps) {
  const { appOrigin, appLabel } = context;
  const everyone = model.origin.mode !== 'list';
  return (
    <div className="app-origin-toggle">
      <LabelledCheckbox
        testId="allow-app-origin"
        checked={!everyone && appOriginRuleAllows(model, appOrigin)}
        disabled={disabled || everyone}
        aria-describedby={everyone ? 'app-origin-everyone' : undefined}
        onChecked={(checked) => edit(['origin'], appOriginRuleToggle(model, appOrigin, checked))}
      >
        Allow <code>{appOrigin}</code> ({appLabel}) in the API&apos;s <code>Access-Control-Allow-Origin</code>
      </LabelledCheckbox>
      {everyone && (
        <p id="app-origin-everyone" className="field-help" data-testid="allow-app-origin-everyone">
          The origin rule is <code>{model.origin.mode}</code>: every origin is allowed, {appLabel} included.
          Switch the origin rule to a list to allow only chosen origins.
        </p>
      )}
    </div>
  );
}
