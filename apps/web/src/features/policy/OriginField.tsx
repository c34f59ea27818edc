import { useId } from 'react';
import type { OriginPolicy } from '@cors-playground/engine';
import { OriginEntryRow } from './OriginEntryRow.tsx';
import { PolicyField } from './PolicyField.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import { policyFieldHelp } from './policyFieldHelp.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';

export interface OriginFieldProps extends PolicyFormProps {
  origin: OriginPolicy;
}

/** Origin mode (any / reflect / list) and the editable list of allowed-origin entries. */
export function OriginField({ origin, ...props }: OriginFieldProps) {
  const id = useId();
  const { base, errors, edit, disabled } = props;
  const path = [...base, 'origin'];
  const entries = origin.mode === 'list' ? origin.allow : [];
  // Entry errors are shown on their rows; the field itself shows only errors about the mode or list.
  const ownErrors = policyErrorsAt(errors, policyFormPath(path)).filter(
    (error) => !/^.*allow\[\d+\]/.test(error.path),
  );
  return (
    <PolicyField id={`${id}-mode`} label="Allowed origins" help="origin" errors={ownErrors}>
      <select
        id={`${id}-mode`}
        data-testid="origin-mode"
        value={origin.mode}
        disabled={disabled}
        onChange={(event) => {
          const mode = event.target.value;
          // Switching to a list keeps the entries the user had, if any.
          edit(path, mode === 'list' ? { mode, allow: entries } : { mode });
        }}
      >
        <option value="list">list — only the entries below</option>
        <option value="any">any — Access-Control-Allow-Origin: *</option>
        <option value="reflect">reflect — echo every Origin back</option>
      </select>
      {origin.mode === 'list' && (
        <>
          <ul className="origin-entries" data-testid="origin-entries" aria-label="Allowed origin entries">
            {entries.map((entry, index) => (
              <OriginEntryRow key={index} entry={entry} index={index} {...props} />
            ))}
          </ul>
          {entries.length === 0 && <p className="muted">No entries: no origin is allowed.</p>}
          <div className="policy-row">
            <button
              type="button"
              data-testid="origin-add"
              disabled={disabled}
              onClick={() => edit([...path, 'allow', entries.length], 'https://')}
            >
              Add origin
            </button>
            <button
              type="button"
              data-testid="origin-add-regex"
              disabled={disabled}
              onClick={() =>
                edit([...path, 'allow', entries.length], {
                  regex: '^https://.*\\.example\\.com$',
                  anchor: 'both',
                  ignoreCase: false,
                  flags: '',
                })
              }
            >
              Add regex
            </button>
          </div>
          <p className="field-help">{policyFieldHelp.originEntry}</p>
        </>
      )}
    </PolicyField>
  );
}
