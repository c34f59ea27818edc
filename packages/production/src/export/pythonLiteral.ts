/** A Python string literal: raw when possible, so regexes read as written. */
export function pythonString(text: string, raw = false): string {
  if (raw && !text.includes('"') && !text.endsWith('\\') && !/[\n\r]/.test(text)) return `r"${text}"`;
  return JSON.stringify(text);
}

/** A Python list literal, one item a line (indented by `indent` + 4 spaces). */
export function pythonList(values: string[], raw = false, indent = ''): string {
  if (values.length === 0) return '[]';
  return `[\n${values.map((v) => `${indent}    ${pythonString(v, raw)},`).join('\n')}\n${indent}]`;
}
