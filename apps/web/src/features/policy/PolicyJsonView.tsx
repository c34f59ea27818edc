import { EditorView } from 'codemirror';
import { json } from '@codemirror/lang-json';
import { bracketMatching, HighlightStyle, indentOnInput } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';
import { highlightActiveLine, highlightActiveLineGutter } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { codeMirrorBase } from '../../ui/codeMirrorBase.ts';
import { useCodeMirror } from '../../ui/useCodeMirror.ts';
import { policyJsonLint } from './policyJsonLint.ts';

export interface PolicyJsonViewProps {
  text: string;
  onText: (text: string) => void;
}

/** Colours come from the app's CSS variables, so both themes keep readable contrast. */
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--code-key)' },
  { tag: tags.string, color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--code-atom)' },
]);

/**
 * The policy as JSON (CodeMirror 6, loaded on demand): every keystroke becomes the draft, and
 * `policyParse` errors are underlined at their field paths as you type.
 */
export default function PolicyJsonView({ text, onText }: PolicyJsonViewProps) {
  const { host } = useCodeMirror(
    text,
    () => [
      ...codeMirrorBase(highlight),
      highlightActiveLine(),
      highlightActiveLineGutter(),
      bracketMatching(),
      indentOnInput(),
      json(),
      linter(policyJsonLint, { delay: 150 }),
      lintGutter(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Policy JSON', 'data-testid': 'policy-json-input' }),
    ],
    onText,
  );

  return <div ref={host} className="policy-json" data-testid="policy-json" />;
}
