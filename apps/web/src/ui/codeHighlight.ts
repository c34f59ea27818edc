import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

/** Code colours for every CodeMirror view of code: the app's CSS variables, so both themes keep readable contrast. */
export const codeHighlight = HighlightStyle.define([
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
