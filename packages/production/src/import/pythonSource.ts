import { pythonTokens, type PythonToken } from './pythonTokens.ts';

/**
 * The declarative subset of Python that CORS settings are written in: assignments, calls with keyword
 * arguments, and literals (strings, numbers, True/False/None, lists, tuples, sets, dicts). Anything
 * else (an operator, a comprehension, an f-string) parses as `computed`, for the importers to refuse.
 */
export type PythonNode =
  | { kind: 'str'; value: string; line: number }
  | { kind: 'num'; value: number; line: number }
  | { kind: 'const'; value: boolean | null; line: number }
  | { kind: 'list'; items: PythonNode[]; line: number }
  | { kind: 'dict'; entries: Array<[PythonNode, PythonNode]>; line: number }
  | { kind: 'name'; id: string; line: number }
  | { kind: 'attr'; object: PythonNode; name: string; line: number }
  | {
      kind: 'call';
      func: PythonNode;
      args: PythonNode[];
      kwargs: Array<{ name: string; value: PythonNode }>;
      line: number;
    }
  | { kind: 'computed'; line: number };

/** One logical line: `NAME = value`, `NAME += value`, a bare expression, or something else. */
export type PythonStatement =
  | { kind: 'assign'; target: string; op: '=' | '+='; value: PythonNode; line: number; indented: boolean }
  | { kind: 'expr'; value: PythonNode; line: number; indented: boolean }
  | { kind: 'other'; line: number; indented: boolean; text: string };

class PythonParser {
  private i = 0;
  constructor(private readonly tokens: PythonToken[]) {}

  private peek(): PythonToken | undefined {
    return this.tokens[this.i];
  }

  private take(value?: string): PythonToken {
    const t = this.tokens[this.i];
    if (!t || (value !== undefined && t.value !== value) || t.type === 'newline') throw new Error('syntax');
    this.i++;
    return t;
  }

  private at(value: string): boolean {
    const t = this.peek();
    return t !== undefined && t.type === 'op' && t.value === value;
  }

  statements(): PythonStatement[] {
    const out: PythonStatement[] = [];
    while (this.i < this.tokens.length) {
      const start = this.i;
      const first = this.tokens[start];
      if (!first) break;
      const indented = first.indented ?? false;
      try {
        out.push(this.statement(first.line, indented));
        if (this.peek()?.type !== 'newline') throw new Error('syntax');
      } catch {
        out.pop();
        this.i = start;
        const words: string[] = [];
        while (this.i < this.tokens.length && this.tokens[this.i]?.type !== 'newline') {
          words.push(this.tokens[this.i]?.value ?? '');
          this.i++;
        }
        out.push({ kind: 'other', line: first.line, indented, text: words.join(' ') });
      }
      this.i++;
    }
    return out;
  }

  private statement(line: number, indented: boolean): PythonStatement {
    if (this.at('@')) this.take('@');
    const t = this.peek();
    const next = this.tokens[this.i + 1];
    if (t?.type === 'name' && next?.type === 'op' && (next.value === '=' || next.value === '+=')) {
      this.i += 2;
      return { kind: 'assign', target: t.value, op: next.value, value: this.expression(), line, indented };
    }
    return { kind: 'expr', value: this.expression(), line, indented };
  }

  private expression(): PythonNode {
    const first = this.unary();
    const t = this.peek();
    if (t && t.type !== 'newline' && !(t.type === 'op' && ',)]}:='.includes(t.value))) {
      // An operator, a comparison, `if … else`, a comprehension: computed at run time.
      let depth = 0;
      while (this.i < this.tokens.length) {
        const u = this.peek();
        if (!u || u.type === 'newline') break;
        if (u.type === 'op' && '([{'.includes(u.value)) depth++;
        if (u.type === 'op' && ')]}'.includes(u.value)) {
          if (depth === 0) break;
          depth--;
        }
        if (depth === 0 && u.type === 'op' && (u.value === ',' || u.value === ':')) break;
        this.i++;
      }
      return { kind: 'computed', line: first.line };
    }
    return first;
  }

  private unary(): PythonNode {
    if (this.at('-')) {
      const minus = this.take('-');
      const operand = this.unary();
      return operand.kind === 'num'
        ? { ...operand, value: -operand.value }
        : { kind: 'computed', line: minus.line };
    }
    let node = this.primary();
    for (;;) {
      if (this.at('.')) {
        this.take('.');
        const name = this.take();
        if (name.type !== 'name') throw new Error('syntax');
        node = { kind: 'attr', object: node, name: name.value, line: node.line };
      } else if (this.at('(')) {
        node = this.call(node);
      } else if (this.at('[')) {
        this.sequence('[', ']');
        node = { kind: 'computed', line: node.line };
      } else return node;
    }
  }

  private call(func: PythonNode): PythonNode {
    this.take('(');
    const args: PythonNode[] = [];
    const kwargs: Array<{ name: string; value: PythonNode }> = [];
    while (!this.at(')')) {
      const t = this.peek();
      const next = this.tokens[this.i + 1];
      if (t?.type === 'name' && next?.value === '=' && next.type === 'op') {
        this.i += 2;
        kwargs.push({ name: t.value, value: this.expression() });
      } else if (this.at('*') || this.at('**')) {
        this.take();
        kwargs.push({ name: '**', value: { kind: 'computed', line: this.expression().line } });
      } else args.push(this.expression());
      if (!this.at(')')) this.take(',');
    }
    this.take(')');
    return { kind: 'call', func, args, kwargs, line: func.line };
  }

  private sequence(open: string, close: string): PythonNode[] {
    this.take(open);
    const items: PythonNode[] = [];
    while (!this.at(close)) {
      items.push(this.expression());
      if (!this.at(close)) this.take(',');
    }
    this.take(close);
    return items;
  }

  private primary(): PythonNode {
    const t = this.take();
    if (t.type === 'str') {
      let value = t.value;
      let formatted = t.formatted ?? false;
      // Adjacent literals concatenate, as in Python.
      while (this.peek()?.type === 'str') {
        const u = this.take();
        value += u.value;
        formatted ||= u.formatted ?? false;
      }
      return formatted ? { kind: 'computed', line: t.line } : { kind: 'str', value, line: t.line };
    }
    if (t.type === 'num') return { kind: 'num', value: Number(t.value.replace(/_/g, '')), line: t.line };
    if (t.type === 'name') {
      if (t.value === 'True' || t.value === 'False')
        return { kind: 'const', value: t.value === 'True', line: t.line };
      if (t.value === 'None') return { kind: 'const', value: null, line: t.line };
      return { kind: 'name', id: t.value, line: t.line };
    }
    if (t.type === 'op' && (t.value === '(' || t.value === '[')) {
      this.i--;
      const items = this.sequence(t.value, t.value === '(' ? ')' : ']');
      return { kind: 'list', items, line: t.line };
    }
    if (t.type === 'op' && t.value === '{') return this.braces(t.line);
    throw new Error('syntax');
  }

  private braces(line: number): PythonNode {
    const entries: Array<[PythonNode, PythonNode]> = [];
    const items: PythonNode[] = [];
    while (!this.at('}')) {
      const key = this.expression();
      if (this.at(':')) {
        this.take(':');
        entries.push([key, this.expression()]);
      } else items.push(key);
      if (!this.at('}')) this.take(',');
    }
    this.take('}');
    if (items.length > 0 && entries.length > 0) throw new Error('syntax');
    return items.length > 0 ? { kind: 'list', items, line } : { kind: 'dict', entries, line };
  }
}

/** Splits Python source into logical lines and parses each one it can (never throws). */
export function pythonSourceParse(text: string): PythonStatement[] {
  return new PythonParser(pythonTokens(text)).statements();
}

/** Every call in a statement list whose function (a name or an attribute) is called `name`. */
export function pythonSourceCalls(
  statements: PythonStatement[],
  name: string,
): Array<PythonNode & { kind: 'call' }> {
  const found: Array<PythonNode & { kind: 'call' }> = [];
  const visit = (node: PythonNode) => {
    if (node.kind === 'call') {
      const fn = node.func;
      if ((fn.kind === 'name' && fn.id === name) || (fn.kind === 'attr' && fn.name === name))
        found.push(node);
      visit(fn);
      node.args.forEach(visit);
      node.kwargs.forEach((k) => visit(k.value));
    } else if (node.kind === 'list') node.items.forEach(visit);
    else if (node.kind === 'dict') node.entries.forEach(([k, v]) => (visit(k), visit(v)));
    else if (node.kind === 'attr') visit(node.object);
  };
  for (const s of statements) if (s.kind !== 'other') visit(s.value);
  return found;
}
