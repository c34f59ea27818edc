import { jsonParseLinter } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import type { Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { policyParse } from '@cors-playground/engine';
import { jsonPathRange } from './jsonPathRange.ts';
import { policyPathSegments } from './policyDraft.ts';

const jsonSyntax = jsonParseLinter();

/** CodeMirror lint source: JSON syntax first, then the policy schema's errors at their field paths. */
export function policyJsonLint(view: EditorView): Diagnostic[] {
  const syntax = jsonSyntax(view);
  if (syntax.length > 0) return syntax;
  const text = view.state.doc.toString();
  const parsed = policyParse(JSON.parse(text));
  if (parsed.ok) return [];
  const tree = ensureSyntaxTree(view.state, view.state.doc.length, 200);
  if (!tree) return [];
  return parsed.errors.map((error) => {
    const range = jsonPathRange(tree, text, policyPathSegments(error.path));
    return {
      from: range.from,
      to: range.to,
      severity: 'error',
      message: `${error.path || '(policy)'}: ${error.message}`,
    };
  });
}
