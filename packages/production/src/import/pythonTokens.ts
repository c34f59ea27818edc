/** A Python token, with the 1-based line it starts on. */
export interface PythonToken {
  type: 'name' | 'num' | 'str' | 'op' | 'newline' | 'bad';
  value: string;
  line: number;
  /** Whether a string token was an f-string (computed). */
  formatted?: boolean;
  /** Whether the token begins its logical line after whitespace. */
  indented?: boolean;
}

const stringStart = /^([rRbBuUfF]{0,2})('''|"""|'|")/;
const escapes: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '\0',
};

function pythonTokensUnescape(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|\n|.)/g, (all, c: string) => {
    if (c === '\n') return '';
    if (c.length > 1) return String.fromCharCode(parseInt(c.slice(1), 16));
    return escapes[c] ?? all;
  });
}

/**
 * Splits Python source into tokens; newlines inside brackets are dropped and one `newline` token ends
 * each logical line, as Python's own tokenizer does. Strings are unescaped (raw strings kept as written).
 */
export function pythonTokens(text: string): PythonToken[] {
  const tokens: PythonToken[] = [];
  let i = 0;
  let line = 1;
  let depth = 0;
  let lineStart = true;
  let indented = false;
  const push = (t: PythonToken) => {
    if (lineStart) t.indented = indented;
    lineStart = false;
    tokens.push(t);
  };
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '\n') {
      if (depth === 0 && !lineStart) tokens.push({ type: 'newline', value: '', line });
      if (depth === 0) {
        lineStart = true;
        indented = false;
      }
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      if (lineStart) indented = true;
      i++;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    const rest = text.slice(i, i + 6);
    const str = stringStart.exec(rest);
    if (str && (str[1] === '' || /^[rRbBuUfF]{1,2}['"]/.test(rest))) {
      const prefix = (str[1] ?? '').toLowerCase();
      const quote = str[2] ?? '"';
      const startLine = line;
      let j = i + (str[1] ?? '').length + quote.length;
      let body = '';
      let closed = false;
      while (j < text.length) {
        const d = text[j] ?? '';
        if (d === '\\') {
          body += text.slice(j, j + 2);
          if (text[j + 1] === '\n') line++;
          j += 2;
          continue;
        }
        if (text.startsWith(quote, j)) {
          closed = true;
          j += quote.length;
          break;
        }
        if (d === '\n') {
          if (quote.length === 1) break;
          line++;
        }
        body += d;
        j++;
      }
      i = j;
      if (!closed) {
        push({ type: 'bad', value: 'unterminated string', line: startLine });
        continue;
      }
      const value = prefix.includes('r') ? body : pythonTokensUnescape(body);
      push({ type: 'str', value, line: startLine, formatted: prefix.includes('f') });
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 200));
    if (word) {
      push({ type: 'name', value: word[0], line });
      i += word[0].length;
      continue;
    }
    const num = /^(?:0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 60));
    if (num) {
      push({ type: 'num', value: num[0], line });
      i += num[0].length;
      continue;
    }
    const op = /^(?:\+=|\*\*|\/\/|==|!=|<=|>=|->|:=|[-+*/%@&|^~<>()[\]{},:.;=])/.exec(text.slice(i, i + 3));
    const value = op ? op[0] : c;
    if ('([{'.includes(value)) depth++;
    if (')]}'.includes(value)) depth = Math.max(0, depth - 1);
    push({ type: op ? 'op' : 'bad', value, line });
    i += value.length;
  }
  if (!lineStart) tokens.push({ type: 'newline', value: '', line });
  return tokens;
}
