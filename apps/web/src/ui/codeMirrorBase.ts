import { EditorView, minimalSetup } from 'codemirror';
import { syntaxHighlighting, type HighlightStyle } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { lineNumbers } from '@codemirror/view';

/** Colours come from the app's CSS variables, so both themes keep readable contrast. */
const codeMirrorTheme = EditorView.theme({
  '&': {
    backgroundColor: 'var(--bg)',
    color: 'var(--fg)',
    border: '1px solid var(--border)',
    borderRadius: '6px',
  },
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '2px' },
  '.cm-content': { caretColor: 'var(--fg)', fontFamily: 'var(--mono)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
  '.cm-gutters': {
    backgroundColor: 'var(--panel)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--active-line)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--selection)',
  },
});

/**
 * What every CodeMirror view in the app starts from: the minimal setup, line numbers, the view's own
 * highlight style and the app's theme. Not basicSetup: autocomplete and search would double the chunk for
 * little use on a small document. Import it only from lazily loaded views, so CodeMirror stays out of the
 * initial bundle.
 */
export function codeMirrorBase(highlight: HighlightStyle): Extension[] {
  return [minimalSetup, lineNumbers(), syntaxHighlighting(highlight), codeMirrorTheme];
}
