/** One nginx directive: `name arg…;` or `name arg… { … }`. */
export interface NginxDirective {
  name: string;
  /** Arguments with quotes removed and nginx's escapes (`\"`, `\\`…) resolved. */
  args: string[];
  line: number;
  block: NginxDirective[] | null;
}

/** A syntax error, at its 1-based line. */
export interface NginxConfigError {
  line: number;
  message: string;
}

interface Word {
  text: string;
  line: number;
  special: boolean;
}

/** nginx resolves \\" \\' \\\\ \\t \\r \\n in every word, quoted or not; any other backslash stays. */
function nginxConfigEscape(next: string): string {
  if (next === 't') return '\t';
  if (next === 'n') return '\n';
  if (next === 'r') return '\r';
  return `"'\\`.includes(next) ? next : `\\${next}`;
}

function nginxConfigWords(text: string): Word[] | NginxConfigError {
  const words: Word[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '\n') line++;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === ';' || c === '{' || c === '}') {
      words.push({ text: c, line, special: true });
      i++;
      continue;
    }
    const start = line;
    let word = '';
    if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) {
          word += nginxConfigEscape(text[i + 1] ?? '');
          i += 2;
          continue;
        }
        if (text[i] === '\n') line++;
        word += text[i];
        i++;
      }
      if (i >= text.length) return { line: start, message: 'unterminated quoted string' };
      i++;
    } else {
      while (i < text.length && !/[\s;{}]/.test(text[i] ?? '')) {
        if (text[i] === '\\' && i + 1 < text.length) {
          word += nginxConfigEscape(text[i + 1] ?? '');
          i += 2;
          continue;
        }
        word += text[i];
        i++;
      }
    }
    words.push({ text: word, line: start, special: false });
  }
  return words;
}

/** Parses nginx configuration text (a whole file or a snippet) into directives, or the first syntax error. */
export function nginxConfigParse(text: string): NginxDirective[] | NginxConfigError {
  const words = nginxConfigWords(text);
  if (!Array.isArray(words)) return words;
  let i = 0;
  const block = (depth: number): NginxDirective[] | NginxConfigError => {
    const out: NginxDirective[] = [];
    while (i < words.length) {
      const first = words[i];
      if (!first) break;
      if (first.special && first.text === '}') {
        if (depth === 0) return { line: first.line, message: "unexpected '}'" };
        i++;
        return out;
      }
      if (first.special) return { line: first.line, message: `unexpected '${first.text}'` };
      const args: string[] = [];
      i++;
      while (i < words.length && !words[i]?.special) args.push(words[i++]?.text ?? '');
      const end = words[i];
      if (!end) return { line: first.line, message: `${first.text}: missing ';'` };
      i++;
      if (end.text === ';') out.push({ name: first.text, args, line: first.line, block: null });
      else if (end.text === '{') {
        const inner = block(depth + 1);
        if (!Array.isArray(inner)) return inner;
        out.push({ name: first.text, args, line: first.line, block: inner });
      } else return { line: end.line, message: `${first.text}: missing ';'` };
    }
    if (depth > 0) return { line: words[words.length - 1]?.line ?? 1, message: "missing '}'" };
    return out;
  };
  return block(0);
}
