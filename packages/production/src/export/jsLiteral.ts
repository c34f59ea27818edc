/** Source code printed as is inside a literal (a function, a reference to a constant). */
export class JsCode {
  constructor(readonly code: string) {}
}

/** A value the JavaScript exporters can print as source code. */
export type JsValue =
  string | number | boolean | null | RegExp | JsCode | JsValue[] | { [key: string]: JsValue | undefined };

/**
 * Prints a value as JavaScript source, Prettier-like (single quotes, trailing commas), so the code
 * text of an export is generated from the very value the live-middleware tests run.
 */
export function jsLiteral(value: JsValue, indent = ''): string {
  if (value === null) return 'null';
  if (value instanceof RegExp) return String(value);
  if (value instanceof JsCode) return value.code.replace(/\n/g, `\n${indent}`);
  if (typeof value === 'string') return jsLiteralString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => jsLiteral(v, inner));
    const oneLine = `[${items.join(', ')}]`;
    if (oneLine.length + indent.length <= 90 && !oneLine.includes('\n')) return oneLine;
    return `[\n${items.map((i) => `${inner}${i},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter((e): e is [string, JsValue] => e[1] !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => `${inner}${jsLiteralKey(k)}: ${jsLiteral(v, inner)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** A single-quoted JavaScript string literal. */
export function jsLiteralString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

function jsLiteralKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : jsLiteralString(key);
}
