import type { Policy } from '@cors-playground/engine';
import { ExposeHeadersField } from './ExposeHeadersField.tsx';
import { ListOrReflectField } from './ListOrReflectField.tsx';
import { MaxAgeField } from './MaxAgeField.tsx';
import { OriginField } from './OriginField.tsx';
import { PathRulesField } from './PathRulesField.tsx';
import { PolicyCheckbox } from './PolicyCheckbox.tsx';
import { PreflightStatusField } from './PreflightStatusField.tsx';
import type { PolicyFormProps } from './policyFormProps.ts';

export interface PolicyFormViewProps extends Omit<PolicyFormProps, 'base'> {
  model: Policy;
}

/** The server-behaviour switches: top-level booleans of the policy, each with help under its own name. */
const serverSwitches = [
  { field: 'enabled', label: 'CORS layer enabled', testId: 'cors-enabled' },
  { field: 'varyOrigin', label: 'Send Vary: Origin', testId: 'vary-origin' },
  { field: 'corsOnErrors', label: 'Keep CORS headers on 4xx/5xx responses', testId: 'cors-on-errors' },
  {
    field: 'rejectDisallowedOrigin',
    label: 'Answer disallowed origins with 403',
    testId: 'reject-disallowed-origin',
  },
] as const;

/** Every field of the policy model as a form; the JSON view covers what the path-rule subset does not. */
export function PolicyForm({ model, ...rest }: PolicyFormViewProps) {
  const props: PolicyFormProps = { ...rest, base: [] };
  return (
    <form className="policy-form" data-testid="policy-form" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="policy-fieldset">
        <legend>Who may read responses</legend>
        <OriginField origin={model.origin} {...props} />
        <PolicyCheckbox
          {...props}
          field={['credentials']}
          checked={model.credentials}
          label="Allow credentials (cookies, HTTP auth)"
          help="credentials"
          testId="policy-credentials"
        />
        <ExposeHeadersField values={model.exposeHeaders} {...props} />
      </fieldset>
      <fieldset className="policy-fieldset">
        <legend>Preflight</legend>
        <ListOrReflectField
          {...props}
          field="allowMethods"
          value={model.allowMethods}
          label="Allowed methods"
          testId="allow-methods"
          placeholder="GET, POST, PUT"
        />
        <ListOrReflectField
          {...props}
          field="allowHeaders"
          value={model.allowHeaders}
          label="Allowed request headers"
          testId="allow-headers"
          placeholder="Content-Type, Authorization"
        />
        <MaxAgeField maxAge={model.maxAge} {...props} />
        <PreflightStatusField status={model.preflight.status} {...props} />
        <PolicyCheckbox
          {...props}
          field={['preflight', 'continue']}
          checked={model.preflight.continue}
          label="Pass preflights on to the route (preflightContinue)"
          help="preflightContinue"
          testId="preflight-continue"
        />
      </fieldset>
      <fieldset className="policy-fieldset">
        <legend>Server behaviour</legend>
        {serverSwitches.map(({ field, label, testId }) => (
          <PolicyCheckbox
            key={field}
            {...props}
            field={[field]}
            checked={model[field]}
            label={label}
            help={field}
            testId={testId}
          />
        ))}
      </fieldset>
      <PathRulesField paths={model.paths} {...rest} />
    </form>
  );
}
