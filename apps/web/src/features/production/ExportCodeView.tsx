import { useEffect, useRef } from 'react';
import { EditorView } from 'codemirror';
import { HighlightStyle } from '@codemirror/language';
import { Compartment, EditorState } from '@codemirror/state';
import { tags } from '@lezer/highlight';
import type { ExportLanguage } from '@cors-playground/production';
import { codeMirrorBase } from '../../app/codeMirrorBase.ts';
import { codeLanguageLoad } from './codeLanguage.ts';

export interface ExportCodeViewProps {
  code: string;
  language: ExportLanguage;
  /** Accessible name of the code, e.g. "Express configuration". */
  label: string;
  testId: string;
}

/** Colours come from the app's CSS variables, so both themes keep readable contrast. */
const highlight = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword],
    color: 'var(--prod-code-keyword)',
  },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--code-atom)' },
  { tag: [tags.propertyName, tags.attributeName, tags.typeName, tags.className], color: 'var(--code-key)' },
  { tag: [tags.meta, tags.annotation], color: 'var(--code-atom)' },
]);

/**
 * Generated code in a read-only CodeMirror 6 view (loaded on demand). It stays focusable, so keyboard
 * users can move through and select the code; the document is replaced whenever the policy changes.
 */
export default function ExportCodeView({ code, language, label, testId }: ExportCodeViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const languageSlot = useRef(new Compartment());
  const labelSlot = useRef(new Compartment());

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: '',
        extensions: [
          ...codeMirrorBase(highlight),
          EditorState.readOnly.of(true),
          languageSlot.current.of([]),
          labelSlot.current.of([]),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === code) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: code } });
  }, [code]);

  useEffect(() => {
    view.current?.dispatch({
      effects: labelSlot.current.reconfigure(
        EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true' }),
      ),
    });
  }, [label]);

  useEffect(() => {
    let cancelled = false;
    // A grammar that fails to load leaves the code readable, just without colours.
    codeLanguageLoad(language).then(
      (extension) => {
        if (!cancelled) view.current?.dispatch({ effects: languageSlot.current.reconfigure(extension) });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [language]);

  return <div ref={host} className="export-code" data-testid={testId} data-language={language} />;
}
