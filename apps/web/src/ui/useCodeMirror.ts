import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { EditorView } from 'codemirror';
import { Annotation, type Extension } from '@codemirror/state';

/** Marks the transactions that mirror `doc` into the editor, so they are not reported as typing. */
const mirrored = Annotation.define<boolean>();

/**
 * One CodeMirror view for a component's lifetime: created once in the returned `host` element with
 * `extensions()`, destroyed on unmount, and kept showing `doc` (a new value replaces the text). What
 * the user types (not those replacements) goes to `onTyped`. Import it only from lazily loaded views,
 * like `codeMirrorBase`.
 */
export function useCodeMirror(
  doc: string,
  extensions: () => Extension[],
  /** Called with the whole text after each edit the user makes. Default none (a read-only view). */
  onTyped?: (text: string) => void,
): { host: RefObject<HTMLDivElement | null>; view: RefObject<EditorView | null> } {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // Effect events read the latest values without re-creating the editor when they change.
  const initial = useEffectEvent(() => ({ doc, extensions: extensions() }));
  const typed = useEffectEvent((text: string) => onTyped?.(text));

  useEffect(() => {
    if (!host.current) return;
    const { doc: text, extensions: own } = initial();
    const listener = EditorView.updateListener.of((update) => {
      if (!update.docChanged || update.transactions.some((tr) => tr.annotation(mirrored))) return;
      typed(update.state.doc.toString());
    });
    const editor = new EditorView({ parent: host.current, doc: text, extensions: [...own, listener] });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === doc) return;
    editor.dispatch({
      changes: { from: 0, to: editor.state.doc.length, insert: doc },
      annotations: mirrored.of(true),
    });
  }, [doc]);

  return { host, view };
}
