import { useEffect, useRef } from 'react';
import { EditorView } from 'codemirror';
import { Compartment, EditorState } from '@codemirror/state';
import type { ExportLanguage } from '@cors-playground/production';
import { codeHighlight } from '../../ui/codeHighlight.ts';
import { codeMirrorBase } from '../../ui/codeMirrorBase.ts';
import { useCodeMirror } from '../../ui/useCodeMirror.ts';
import { codeLanguageLoad } from './codeLanguage.ts';

export interface ExportCodeViewProps {
  code: string;
  language: ExportLanguage;
  /** Accessible name of the code, e.g. "Express configuration". */
  label: string;
  testId: string;
}

/**
 * Generated code in a read-only CodeMirror 6 view (loaded on demand). It stays focusable, so keyboard
 * users can move through and select the code; the document is replaced whenever the policy changes.
 */
export default function ExportCodeView({ code, language, label, testId }: ExportCodeViewProps) {
  const languageSlot = useRef(new Compartment());
  const labelSlot = useRef(new Compartment());
  const { host, view } = useCodeMirror(code, () => [
    ...codeMirrorBase(codeHighlight),
    EditorState.readOnly.of(true),
    languageSlot.current.of([]),
    labelSlot.current.of([]),
  ]);

  useEffect(() => {
    view.current?.dispatch({
      effects: labelSlot.current.reconfigure(
        EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true' }),
      ),
    });
  }, [label, view]);

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
  }, [language, view]);

  return <div ref={host} className="export-code" data-testid={testId} data-language={language} />;
}
