/**
 * Static checks on a regex source (RE2 / JavaScript syntax). They scan the text rather than parse it
 * fully: good enough to flag the classic mistakes, and never throws.
 */

/** Whether the pattern is pinned to the start and to the end of the string by its own `^` / `$`. */
export function regexRiskAnchors(source: string): { start: boolean; end: boolean } {
  const start = source.startsWith('^') || source.startsWith('\\A');
  const trailingBackslashes = /(\\*)\$$/.exec(source)?.[1]?.length ?? -1;
  // `\$` is a literal dollar; `\\$` is a backslash then the anchor.
  const end = (trailingBackslashes >= 0 && trailingBackslashes % 2 === 0) || source.endsWith('\\z');
  return { start, end };
}

/**
 * Calls `visit` for every character outside escapes and character classes — the only places the
 * checks below look. `visit` returns true to stop the scan early.
 */
function regexRiskScan(source: string, visit: (c: string, i: number) => boolean | void): void {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (visit(c, i) === true) return;
  }
}

/**
 * Dots that match any character where a literal dot was surely meant: unescaped, outside a character
 * class, between two letters or digits (`app.example.com`). Returns their indexes.
 */
export function regexRiskUnescapedDots(source: string): number[] {
  const dots: number[] = [];
  regexRiskScan(source, (c, i) => {
    if (c === '.' && /[A-Za-z0-9]/.test(source[i - 1] ?? '') && /[A-Za-z0-9]/.test(source[i + 1] ?? '')) {
      dots.push(i);
    }
  });
  return dots;
}

/** The pattern with its unescaped dots (as `regexRiskUnescapedDots` finds them) escaped. */
export function regexRiskDotsEscaped(source: string): string {
  const dots = new Set(regexRiskUnescapedDots(source));
  return source
    .split('')
    .map((c, i) => (dots.has(i) ? '\\.' : c))
    .join('');
}

/**
 * A group that holds an unbounded quantifier and is itself repeated (`(a+)+`, `(\w*\.)*`): exponential
 * backtracking in JavaScript, Python, PCRE, Java and .NET (RE2, which the playground uses, is immune).
 * Returns the offending group's text, or null.
 */
export function regexRiskNestedQuantifier(source: string): string | null {
  const stack: Array<{ start: number; quantified: boolean }> = [];
  let found: string | null = null;
  regexRiskScan(source, (c, i) => {
    if (c === '(') stack.push({ start: i, quantified: false });
    else if (
      (c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(source.slice(i)))) &&
      stack.length > 0
    ) {
      const top = stack[stack.length - 1];
      if (top) top.quantified = true;
    } else if (c === ')') {
      const group = stack.pop();
      if (!group) return false;
      const repeated = /^(?:[*+]|\{\d*,\})/.test(source.slice(i + 1));
      if (group.quantified && repeated) {
        found = source.slice(group.start, i + 2);
        return true;
      }
      // A quantified inner group makes its parent quantified too.
      const parent = stack[stack.length - 1];
      if (parent && (group.quantified || repeated)) parent.quantified = true;
    }
    return false;
  });
  return found;
}
