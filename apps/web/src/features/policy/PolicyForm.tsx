import type { Policy } from '@cors-playground/engine';
import { ListOrReflectField } from './ListOrReflectField.tsx';
import { MaxAgeField } from './MaxAgeField.tsx';
import { OriginField } from './OriginField.tsx';
import { PathRulesField } from './PathRulesField.tsx';
import { PolicyCheckbox } from './PolicyCheckbox.tsx';
import type { PolicyFormProps } from './policyFormProps.ts';
import { PolicyTextField } from './PolicyTextField.tsx';

export interface PolicyFormViewProps extends Omit<PolicyFormProps, 'base'> {
  model: Policy;
}

/** The preflight's allowed methods and headers: each a list, or reflect what the request asks for. */
const preflightLists = [
  { field: 'allowMethods', label: 'Allowed methods', testId: 'allow-methods', placeholder: 'GET, POST, PUT' },
  {
    field: 'allowHeaders',
    label: 'Allowed request headers',
    testId: 'allow-headers',
    placeholder: 'Content-Type, Authorization',
  },
] as const;

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
        <PolicyTextField
          {...props}
          field={['exposeHeaders']}
          kind="tokens"
          value={model.exposeHeaders}
          label="Exposed response headers"
          help="exposeHeaders"
          testId="expose-headers"
          placeholder="X-Request-Id, X-Total-Count"
        />
      </fieldset>
      <fieldset className="policy-fieldset">
        <legend>Preflight</legend>
        {preflightLists.map(({ field, label, testId, placeholder }) => (
          <ListOrReflectField
            key={field}
            {...props}
            field={field}
            value={model[field]}
            label={label}
            testId={testId}
            placeholder={placeholder}
          />
        ))}
        <MaxAgeField maxAge={model.maxAge} {...props} />
        <PolicyTextField
          {...props}
          field={['preflight', 'status']}
          kind="number"
          value={model.preflight.status}
          label="Preflight status"
          help="preflightStatus"
          testId="preflight-status"
        />
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
