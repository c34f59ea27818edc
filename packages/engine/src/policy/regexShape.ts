/**
 * What a pattern will cost, read from its text before RE2 compiles it: compiling is itself the
 * expensive step (a 480-character pattern of `a{0,100}` takes most of a second), so validation must be
 * able to refuse a monster without building it.
 */
export interface RegexShape {
  /** The largest repetition, nested counts multiplied: `(a{10}){20}` repeats `a` 200 times. */
  repeat: number;
  /**
   * Atoms (characters, classes, escapes, anchors), each counted once per repetition: close to, and
   * almost never above, the number of instructions RE2 compiles the pattern to.
   */
  atoms: number;
}

/** A group being read: its weighted atom count and the largest repetition inside it. */
interface Frame {
  atoms: number;
  repeat: number;
}

/** `{n}`, `{n,}` or `{n,m}`; anything else after `{` is a literal brace in RE2. */
const countedRepeat = /^\{(\d+)(?:(,)(\d*))?\}/;

/**
 * Reads a pattern's shape without compiling it. Never throws: on a pattern RE2 would reject the
 * figures are rough, and compiling reports the real error.
 */
export function regexShape(source: string): RegexShape {
  const stack: Frame[] = [{ atoms: 0, repeat: 1 }];
  // The last thing a quantifier could apply to, or null right after a quantifier.
  let last: Frame | null = null;
  const top = () => stack[stack.length - 1] as Frame;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (source[i + 1] === 'Q') {
        // \Q…\E quotes literally: every character is one atom.
        const end = source.indexOf('\\E', i + 2);
        const stop = end < 0 ? source.length : end;
        top().atoms += stop - (i + 2);
        last = stop > i + 2 ? { atoms: 1, repeat: 1 } : null;
        i = end < 0 ? source.length : end + 1;
        continue;
      }
      i = regexShapeEscapeEnd(source, i);
      last = regexShapeAtom(top());
    } else if (c === '[') {
      i = regexShapeClassEnd(source, i);
      last = regexShapeAtom(top());
    } else if (c === '(') {
      if (source[i + 1] === '?') {
        const end = source.slice(i).search(/[:)>]/);
        // `(?i)` only sets flags: no group opens.
        if (end >= 0 && source[i + end] === ')') {
          i += end;
          continue;
        }
        if (end >= 0) i += end;
      }
      stack.push({ atoms: 0, repeat: 1 });
      last = null;
    } else if (c === ')' && stack.length > 1) {
      const group = stack.pop() as Frame;
      top().atoms += group.atoms;
      top().repeat = Math.max(top().repeat, group.repeat);
      last = group;
    } else if (c === '{' && countedRepeat.test(source.slice(i, i + 24))) {
      const m = countedRepeat.exec(source.slice(i, i + 24)) as RegExpExecArray;
      const low = Number(m[1]);
      const bound = m[2] === undefined || m[3] === '' ? low : Math.max(low, Number(m[3]));
      if (last) {
        // The atom was counted once already; `{0}` removes it.
        top().atoms += last.atoms * (bound - 1);
        top().repeat = Math.max(top().repeat, last.repeat * bound);
      }
      last = null;
      i += m[0].length - 1;
    } else if (c === '*' || c === '+' || c === '?') {
      last = null;
    } else if (c !== '|') {
      last = regexShapeAtom(top());
    }
  }
  while (stack.length > 1) {
    const group = stack.pop() as Frame;
    top().atoms += group.atoms;
    top().repeat = Math.max(top().repeat, group.repeat);
  }
  return { repeat: top().repeat, atoms: top().atoms };
}

/** Counts one atom in `frame` and returns it as what a following quantifier repeats. */
function regexShapeAtom(frame: Frame): Frame {
  frame.atoms += 1;
  return { atoms: 1, repeat: 1 };
}

/** The index of the last character of the escape starting at `start` (`\d`, `\pL`, `\p{Greek}`, `\x{41}`). */
function regexShapeEscapeEnd(source: string, start: number): number {
  const kind = source[start + 1];
  if ((kind === 'p' || kind === 'P' || kind === 'x') && source[start + 2] === '{') {
    const close = source.indexOf('}', start + 3);
    return close < 0 ? source.length - 1 : close;
  }
  if (kind === 'x') return start + 3;
  if (kind === 'p' || kind === 'P') return start + 2;
  return start + 1;
}

/** The index of the `]` closing the class at `start`: a leading `]` or `^]` is literal, `[:alpha:]` nests. */
function regexShapeClassEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[' && source[i + 1] === ':') {
      const close = source.indexOf(':]', i + 2);
      if (close >= 0) i = close + 1;
    } else if (c === ']') return i;
  }
  return source.length - 1;
}
