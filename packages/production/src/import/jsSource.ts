import { parse, type Node, type Program } from 'acorn';

/** A JavaScript literal as an importer reads it: the value, or where and why it is computed. */
export type JsSourceValue =
  | { kind: 'string'; value: string; line: number }
  | { kind: 'number'; value: number; line: number }
  | { kind: 'boolean'; value: boolean; line: number }
  | { kind: 'undefined'; line: number }
  | { kind: 'regex'; pattern: string; flags: string; line: number }
  | { kind: 'array'; items: JsSourceValue[]; line: number }
  | { kind: 'object'; entries: Array<{ key: string; value: JsSourceValue; line: number }>; line: number }
  | { kind: 'computed'; why: string; line: number };

type AnyNode = Node & Record<string, unknown> & { loc?: { start: { line: number } } };

/**
 * Parses JavaScript or TypeScript-free ES source with acorn; a bare object literal (`{ origin: … }`,
 * which reads as a block statement) is parsed as an expression. Returns the syntax error's line instead.
 */
export function jsSourceParse(text: string): { program: Program } | { line: number; message: string } {
  const options = {
    ecmaVersion: 'latest',
    sourceType: 'module',
    locations: true,
    allowHashBang: true,
  } as const;
  try {
    return { program: parse(text, options) };
  } catch (error) {
    try {
      return { program: parse(`(${text}\n)`, options) };
    } catch {
      const loc = (error as { loc?: { line: number } }).loc;
      return {
        line: loc?.line ?? 1,
        message: `not valid JavaScript: ${(error as Error).message.replace(/ \(\d+:\d+\)$/, '')}`,
      };
    }
  }
}

/** Every node of the tree, depth first. */
export function jsSourceNodes(root: Node): AnyNode[] {
  const out: AnyNode[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') {
      const node = value as AnyNode;
      out.push(node);
      for (const [key, child] of Object.entries(node)) if (key !== 'loc') visit(child);
    }
  };
  visit(root);
  return out;
}

export function jsSourceLine(node: Node): number {
  return (node as AnyNode).loc?.start.line ?? 1;
}

/** Reads a literal expression; identifiers, calls, functions and templates with `${}` are `computed`. */
export function jsSourceValue(node: Node): JsSourceValue {
  const n = node as AnyNode;
  const line = jsSourceLine(node);
  switch (n.type) {
    case 'Literal': {
      const regex = n.regex as { pattern: string; flags: string } | undefined;
      if (regex) return { kind: 'regex', pattern: regex.pattern, flags: regex.flags, line };
      const v = n.value;
      if (typeof v === 'string') return { kind: 'string', value: v, line };
      if (typeof v === 'number') return { kind: 'number', value: v, line };
      if (typeof v === 'boolean') return { kind: 'boolean', value: v, line };
      return { kind: 'computed', why: 'null is not a cors option value', line };
    }
    case 'TemplateLiteral': {
      const quasis = n.quasis as Array<{ value: { cooked: string } }>;
      if ((n.expressions as unknown[]).length > 0)
        return { kind: 'computed', why: 'a template with ${…} is computed', line };
      return { kind: 'string', value: quasis.map((q) => q.value.cooked).join(''), line };
    }
    case 'UnaryExpression': {
      const inner = jsSourceValue(n.argument as Node);
      if (n.operator === '-' && inner.kind === 'number') return { ...inner, value: -inner.value };
      return { kind: 'computed', why: 'an expression is computed', line };
    }
    case 'Identifier':
      if (n.name === 'undefined') return { kind: 'undefined', line };
      return {
        kind: 'computed',
        why: `${String(n.name)} is a variable: paste its literal value instead`,
        line,
      };
    case 'ArrayExpression':
      return {
        kind: 'array',
        items: (n.elements as Node[]).map((e) => (e ? jsSourceValue(e) : { kind: 'undefined', line })),
        line,
      };
    case 'ObjectExpression': {
      const entries: Array<{ key: string; value: JsSourceValue; line: number }> = [];
      for (const p of n.properties as AnyNode[]) {
        const key = p.key as AnyNode | undefined;
        const keyName =
          key && !p.computed ? (key.type === 'Identifier' ? String(key.name) : String(key.value)) : null;
        if (p.type !== 'Property' || keyName === null || p.kind !== 'init') {
          return {
            kind: 'computed',
            why: 'a spread, computed key or accessor is computed',
            line: jsSourceLine(p),
          };
        }
        const value = p.method
          ? { kind: 'computed' as const, why: `${keyName} is a function`, line: jsSourceLine(p) }
          : jsSourceValue(p.value as Node);
        entries.push({ key: keyName, value, line: jsSourceLine(p) });
      }
      return { kind: 'object', entries, line };
    }
    case 'MemberExpression':
      return {
        kind: 'computed',
        why: `${jsSourceName(node)} is read at run time: paste its literal value instead`,
        line,
      };
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return { kind: 'computed', why: 'a function decides at run time', line };
    default:
      return { kind: 'computed', why: 'an expression is computed', line };
  }
}

/** A dotted name such as `process.env.ORIGIN`, for messages. */
function jsSourceName(node: Node): string {
  const n = node as AnyNode;
  if (n.type === 'Identifier') return String(n.name);
  if (n.type === 'MemberExpression' && !n.computed)
    return `${jsSourceName(n.object as Node)}.${jsSourceName(n.property as Node)}`;
  return 'an expression';
}
