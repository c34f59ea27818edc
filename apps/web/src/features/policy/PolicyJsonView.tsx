import { useEffect, useEffectEvent, useRef } from 'react';
import { EditorView } from 'codemirror';
import { json } from '@codemirror/lang-json';
import { bracketMatching, HighlightStyle, indentOnInput } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';
import { Annotation } from '@codemirror/state';
import { highlightActiveLine, highlightActiveLineGutter } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { codeMirrorBase } from '../../app/codeMirrorBase.ts';
import { policyJsonLint } from './policyJsonLint.ts';

export interface PolicyJsonViewProps {
  text: string;
  onText: (text: string) => void;
}

/** Marks the transactions that mirror the store into the editor, so they are not echoed back. */
const fromStore = Annotation.define<boolean>();

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
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // Effect events read the latest props without re-creating the editor when they change.
  const textNow = useEffectEvent(() => text);
  const textTyped = useEffectEvent((typed: string) => onText(typed));

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      doc: textNow(),
      extensions: [
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
        EditorView.updateListener.of((update) => {
          if (!update.docChanged || update.transactions.some((tr) => tr.annotation(fromStore))) return;
          textTyped(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Created once: later `text` changes are mirrored by the effect below, not by a new editor.
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === text) return;
    editor.dispatch({
      changes: { from: 0, to: editor.state.doc.length, insert: text },
      annotations: fromStore.of(true),
    });
  }, [text]);

  return <div ref={host} className="policy-json" data-testid="policy-json" />;
}
