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
 * The editor's text metrics, pinned so that `.policy-json-placeholder` (shown while this chunk loads)
 * can match them: CodeMirror's own default is the browser's monospace size, which differs per browser.
 */
const metrics = EditorView.theme({
  '.cm-scroller': { fontFamily: 'var(--mono)', fontSize: 'var(--policy-json-font-size)', lineHeight: '1.4' },
  '.cm-content': { padding: '4px 0' },
});

/**
 * The policy as JSON (CodeMirror 6, loaded on demand): every keystroke becomes the draft, and
 * `policyParse` errors are underlined at their field paths as you type.
 */
export default function PolicyJsonView({ text, onText }: PolicyJsonViewProps) {
  const { host } = useCodeMirror(
    text,
    () => [
      ...codeMirrorBase(highlight),
      metrics,
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
