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
        <PolicyCheckbox
          {...props}
          field={['enabled']}
          checked={model.enabled}
          label="CORS layer enabled"
          help="enabled"
          testId="cors-enabled"
        />
        <PolicyCheckbox
          {...props}
          field={['varyOrigin']}
          checked={model.varyOrigin}
          label="Send Vary: Origin"
          help="varyOrigin"
          testId="vary-origin"
        />
        <PolicyCheckbox
          {...props}
          field={['corsOnErrors']}
          checked={model.corsOnErrors}
          label="Keep CORS headers on 4xx/5xx responses"
          help="corsOnErrors"
          testId="cors-on-errors"
        />
        <PolicyCheckbox
          {...props}
          field={['rejectDisallowedOrigin']}
          checked={model.rejectDisallowedOrigin}
          label="Answer disallowed origins with 403"
          help="rejectDisallowedOrigin"
          testId="reject-disallowed-origin"
        />
      </fieldset>
      <PathRulesField paths={model.paths} {...rest} />
    </form>
  );
}
