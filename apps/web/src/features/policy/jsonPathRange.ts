import type { SyntaxNode, Tree } from '@lezer/common';
import type { PolicyPathSegment } from './policyDraft.ts';

/** Where in the JSON text an error is shown. */
export interface JsonPathRange {
  from: number;
  to: number;
}

const valueNames = new Set(['True', 'False', 'Null', 'Number', 'String', 'Object', 'Array']);

function valueChildren(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (valueNames.has(child.name)) out.push(child);
  }
  return out;
}

function propertyKey(text: string, name: SyntaxNode): string | null {
  try {
    const key: unknown = JSON.parse(text.slice(name.from, name.to));
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}

function isContainer(node: SyntaxNode): boolean {
  return node.name === 'Object' || node.name === 'Array';
}

/**
 * The text range for a field path (`['origin', 'allow', 2]`) in a JSON syntax tree (@lezer/json), so a
 * `policyParse` error is underlined where the field is written. A missing field points at the nearest
 * ancestor that exists (a "required" error on `origin.allow` lands on `origin`); objects and arrays are
 * marked by their property name rather than underlining a whole block.
 */
export function jsonPathRange(tree: Tree, text: string, path: readonly PolicyPathSegment[]): JsonPathRange {
  let node = valueChildren(tree.topNode)[0];
  if (!node) return { from: 0, to: Math.min(1, text.length) };
  let mark: SyntaxNode | null = null;
  for (const segment of path) {
    let next: SyntaxNode | undefined;
    let name: SyntaxNode | null = null;
    if (typeof segment === 'number' && node.name === 'Array') {
      next = valueChildren(node)[segment];
    } else if (typeof segment === 'string' && node.name === 'Object') {
      for (const property of node.getChildren('Property')) {
        const key = property.getChild('PropertyName');
        if (key && propertyKey(text, key) === segment) {
          name = key;
          next = valueChildren(property)[0];
          // A property without a value still has a name to point at.
          if (!next) mark = key;
          break;
        }
      }
    }
    if (!next) break;
    node = next;
    mark = name && isContainer(next) ? name : next;
  }
  // The document itself (or a path not found at the top): its opening brace, not the whole text.
  if (!mark) return { from: node.from, to: Math.min(node.from + 1, node.to) };
  return { from: mark.from, to: mark.to };
}
