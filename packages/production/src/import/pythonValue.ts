import type { ImportDraft } from './importDraft.ts';
import type { PythonNode } from './pythonSource.ts';

/** Why a node is not a literal the importer can read, for an error at its line. */
export function pythonValueComputed(node: PythonNode, what: string): string {
  if (node.kind === 'name')
    return `${what} is the variable ${node.id}: paste its literal value instead (the import reads literals only)`;
  if (node.kind === 'call' || node.kind === 'attr')
    return `${what} is computed by code: write it as a literal (the import never runs code)`;
  return `${what} is computed at run time: write it as a literal (the import never evaluates expressions)`;
}

/** Records why `node` is not the literal wanted: a literal of another type, or code the import never runs. */
function pythonValueRefuse(draft: ImportDraft, node: PythonNode, what: string, wanted: string): void {
  const literal = ['str', 'num', 'const', 'list', 'dict'].includes(node.kind);
  draft.error(node.line, literal ? `${what} must be ${wanted}` : pythonValueComputed(node, what));
}

/** A string literal, or null after an error at its line. */
export function pythonValueString(draft: ImportDraft, node: PythonNode, what: string): string | null {
  if (node.kind === 'str') return node.value;
  pythonValueRefuse(draft, node, what, 'a string');
  return null;
}

/** A list, tuple or set of string literals (or one string when `single` allows it), or null after an error. */
export function pythonValueStrings(
  draft: ImportDraft,
  node: PythonNode,
  what: string,
  single = false,
): string[] | null {
  if (node.kind === 'str') {
    if (single) return [node.value];
    draft.error(
      node.line,
      `${what} must be a list or tuple of strings, not one string (Python would iterate its characters)`,
    );
    return null;
  }
  if (node.kind !== 'list') {
    pythonValueRefuse(draft, node, what, 'a list of strings');
    return null;
  }
  const values: string[] = [];
  for (const item of node.items) {
    const value = pythonValueString(draft, item, `an item of ${what}`);
    if (value === null) return null;
    values.push(value);
  }
  return values;
}

/** A boolean literal (Python truthiness of a number or None too), or null after an error. */
export function pythonValueBool(draft: ImportDraft, node: PythonNode, what: string): boolean | null {
  if (node.kind === 'const') return node.value === true;
  if (node.kind === 'num') return node.value !== 0;
  pythonValueRefuse(draft, node, what, 'True or False');
  return null;
}

/** A whole number literal, null for None, or undefined after an error at its line. */
export function pythonValueInt(
  draft: ImportDraft,
  node: PythonNode,
  what: string,
): number | null | undefined {
  if (node.kind === 'const' && node.value === null) return null;
  if (node.kind === 'num' && Number.isInteger(node.value)) return node.value;
  pythonValueRefuse(draft, node, what, 'a whole number of seconds');
  return undefined;
}
