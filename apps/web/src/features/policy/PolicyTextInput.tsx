import { DraftTextInput } from './DraftTextInput.tsx';
import type { PolicyPathSegment } from './policyDraft.ts';
import { policyNumberParse, policyTokensFormat, policyTokensParse } from './policyFieldValue.ts';
import type { PolicyEdit } from './usePolicyDraft.ts';

const wide = { className: 'mono grow', inputMode: undefined, spellCheck: false } as const;

/** How each kind of typed value reads, prints and looks: text and token lists are wide, a number narrow. */
const kinds = {
  text: { parse: (text: string) => text, normalize: (text: string) => text, ...wide },
  tokens: {
    parse: policyTokensParse,
    normalize: (text: string) => policyTokensFormat(policyTokensParse(text)),
    ...wide,
  },
  number: {
    parse: policyNumberParse,
    normalize: (text: string) => String(policyNumberParse(text)),
    className: 'mono narrow',
    inputMode: 'numeric',
    spellCheck: undefined,
  },
} as const;

export type PolicyTextInputValue =
  | { kind: 'text'; value: string }
  | { kind: 'tokens'; value: readonly string[] }
  | { kind: 'number'; value: number };

export type PolicyTextInputProps = PolicyTextInputValue & {
  id: string;
  testId: string;
  /** Where `edit` writes the parsed text. */
  path: PolicyPathSegment[];
  edit: PolicyEdit;
  disabled: boolean;
  placeholder?: string;
  /** The id of the help text describing the input. Default: none. */
  describedBy?: string;
};

/** A policy value typed as text (as is, a comma-separated token list, or a number), written back parsed. */
export function PolicyTextInput(props: PolicyTextInputProps) {
  const { id, testId, path, edit, disabled, placeholder, describedBy } = props;
  const { parse, normalize, className, inputMode, spellCheck } = kinds[props.kind];
  return (
    <DraftTextInput
      id={id}
      data-testid={testId}
      className={className}
      inputMode={inputMode}
      value={props.kind === 'tokens' ? policyTokensFormat(props.value) : String(props.value)}
      normalize={normalize}
      placeholder={placeholder}
      disabled={disabled}
      spellCheck={spellCheck}
      aria-describedby={describedBy}
      onText={(text) => edit(path, parse(text))}
    />
  );
}
