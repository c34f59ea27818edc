import { useId } from 'react';
import type { OriginEntry } from '@cors-playground/engine';
import { LabelledCheckbox } from '../../ui/LabelledCheckbox.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import { policyFieldHelp } from './policyFieldHelp.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';
import { PolicyRemoveButton } from './PolicyRemoveButton.tsx';
import { PolicyTextInput } from './PolicyTextInput.tsx';

export interface OriginEntryRowProps extends PolicyFormProps {
  entry: OriginEntry;
  index: number;
}

const anchorLabels = {
  none: 'none — unanchored search (Express, Nelmio)',
  start: 'start — re.match (django)',
  both: 'both — whole origin',
} as const;

/** One allowed-origin entry: a string (exact, `null`, wildcard subdomain) or a regex with its semantics. */
export function OriginEntryRow({ entry, index, base, errors, edit, disabled }: OriginEntryRowProps) {
  const id = useId();
  const path = [...base, 'origin', 'allow', index];
  const entryErrors = policyErrorsAt(errors, policyFormPath(path));
  const isRegex = typeof entry !== 'string';
  // The one text input of the row: the regex of a regex entry, else the origin itself.
  const text = isRegex
    ? {
        name: 'regex',
        label: 'regular expression',
        testId: 'origin-regex',
        value: entry.regex,
        path: [...path, 'regex'],
        placeholder: '^https://app\\.example\\.com$',
      }
    : {
        name: 'origin',
        label: 'origin',
        testId: 'origin-entry',
        value: entry,
        path,
        placeholder: 'https://app.example.com',
      };
  return (
    <li
      className="origin-entry"
      data-testid="origin-entry-row"
      data-invalid={entryErrors.length > 0 || undefined}
    >
      <div className="policy-row">
        <label htmlFor={`${id}-kind`} className="visually-hidden">
          Entry {index + 1} kind
        </label>
        <select
          id={`${id}-kind`}
          data-testid="origin-entry-kind"
          value={isRegex ? 'regex' : 'origin'}
          disabled={disabled}
          onChange={(event) =>
            edit(
              path,
              event.target.value === 'regex'
                ? { regex: isRegex ? entry.regex : '', anchor: 'both', ignoreCase: false, flags: '' }
                : '',
            )
          }
        >
          <option value="origin">Origin</option>
          <option value="regex">Regex</option>
        </select>
        <label htmlFor={`${id}-${text.name}`} className="visually-hidden">
          Entry {index + 1} {text.label}
        </label>
        <PolicyTextInput
          key={text.name}
          id={`${id}-${text.name}`}
          testId={text.testId}
          kind="text"
          value={text.value}
          path={text.path}
          edit={edit}
          disabled={disabled}
          placeholder={text.placeholder}
        />
        <PolicyRemoveButton
          path={path}
          edit={edit}
          disabled={disabled}
          label={`Remove entry ${index + 1}`}
          testId="origin-entry-remove"
        />
      </div>
      {isRegex && (
        <div className="policy-row">
          <label htmlFor={`${id}-anchor`}>Anchor</label>
          <select
            id={`${id}-anchor`}
            data-testid="origin-regex-anchor"
            value={entry.anchor}
            disabled={disabled}
            onChange={(event) => edit([...path, 'anchor'], event.target.value)}
          >
            {(['none', 'start', 'both'] as const).map((anchor) => (
              <option key={anchor} value={anchor}>
                {anchorLabels[anchor]}
              </option>
            ))}
          </select>
          <LabelledCheckbox
            testId="origin-regex-ignore-case"
            checked={entry.ignoreCase}
            disabled={disabled}
            onChecked={(checked) => edit([...path, 'ignoreCase'], checked)}
          >
            Ignore case
          </LabelledCheckbox>
          <label htmlFor={`${id}-flags`}>Flags</label>
          <input
            id={`${id}-flags`}
            data-testid="origin-regex-flags"
            className="mono narrow"
            value={entry.flags}
            disabled={disabled}
            spellCheck={false}
            onChange={(event) => edit([...path, 'flags'], event.target.value)}
          />
        </div>
      )}
      {isRegex && <p className="field-help">{policyFieldHelp.originRegex}</p>}
      {entryErrors.map((error) => (
        <p key={error.path} className="field-error" data-testid="field-error" data-path={error.path}>
          <code>{error.path}</code> {error.message}
        </p>
      ))}
    </li>
  );
}
