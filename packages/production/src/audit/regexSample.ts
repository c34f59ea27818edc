/**
 * A few strings an origin regex was written to match (`^https?://(www|app)\.bank\.example$` →
 * `http://www.bank.example`, `https://www.bank.example`, …): the audit derives its attack origins from
 * them. A best-effort walk over RE2 syntax, not a full parser: the caller keeps only the samples the
 * engine's matcher really accepts, so a wrong guess costs a candidate, never a false finding.
 */

/** At most this many samples per group: cross products of alternatives stay small. */
export const regexSampleMax = 8;

/** Characters tried, in order, as the representative of a character class: host-like ones first. */
const classProbe = [
  ...['w', 'a', '0', '-', '.', '_', '~', '!'],
  ...Array.from({ length: 0x7e - 0x20 }, (_, i) => String.fromCharCode(0x21 + i)),
];

/** Up to `regexSampleMax` strings the pattern is meant to match; never throws. */
export function regexSample(source: string): string[] {
  try {
    const walk = { source, i: 0 };
    return [...new Set(regexSampleAlternatives(walk))];
  } catch {
    return [];
  }
}

interface Walk {
  source: string;
  i: number;
}

/** Alternatives up to the closing `)` of the current group (or the end), each sampled. */
function regexSampleAlternatives(walk: Walk): string[] {
  const out: string[] = [];
  for (;;) {
    out.push(...regexSampleSequence(walk));
    if (walk.source[walk.i] !== '|') break;
    walk.i++;
  }
  return out.slice(0, regexSampleMax);
}

function regexSampleSequence(walk: Walk): string[] {
  let samples = [''];
  while (walk.i < walk.source.length) {
    const c = walk.source[walk.i];
    if (c === '|' || c === ')') break;
    const atom = regexSampleAtom(walk);
    const choices = regexSampleQuantified(walk, atom);
    const next: string[] = [];
    for (const head of samples) for (const tail of choices) next.push(head + tail);
    samples = next.slice(0, regexSampleMax);
  }
  return samples;
}

/** What one atom stands for: `{ samples, repeatable }`, where `repeatable` is the run to use for `+`. */
function regexSampleAtom(walk: Walk): { samples: string[]; run: string | null } {
  const { source } = walk;
  const c = source[walk.i] ?? '';
  walk.i++;
  if (c === '^' || c === '$') return { samples: [''], run: null };
  if (c === '(') {
    if (source[walk.i] === '?') {
      // `(?:`, `(?P<name>`, `(?<name>`, or a flag group `(?i)` / `(?i:`.
      const flags = /^\?(?:P?<[^>]*>|[a-zA-Z-]*)(:|\))/.exec(source.slice(walk.i));
      if (!flags) throw new Error('unsupported group');
      walk.i += flags[0].length;
      if (flags[1] === ')') return { samples: [''], run: null };
    }
    const samples = regexSampleAlternatives(walk);
    walk.i++; // the closing parenthesis
    return { samples, run: null };
  }
  if (c === '[') {
    const end = regexSampleClassEnd(source, walk.i);
    const cls = source.slice(walk.i - 1, end + 1);
    walk.i = end + 1;
    const char = regexSampleClassChar(cls);
    return { samples: [char], run: char === 'w' ? 'www' : char };
  }
  // A bare dot was most likely meant as a literal one; repeated, it stands for a label.
  if (c === '.') return { samples: ['.'], run: 'www' };
  if (c === '\\') {
    const e = source[walk.i] ?? '';
    walk.i++;
    if (e === 'd') return { samples: ['0'], run: '0' };
    if (e === 'w') return { samples: ['w'], run: 'www' };
    if (e === 's') return { samples: [' '], run: ' ' };
    if ('AzbBDSW'.includes(e)) return { samples: [''], run: null };
    return { samples: [e], run: null };
  }
  return { samples: [c], run: null };
}

/** Applies a following quantifier: `?` keeps both, `*` drops the atom, `+` uses it once (a run of `www` for letters). */
function regexSampleQuantified(walk: Walk, atom: { samples: string[]; run: string | null }): string[] {
  const q = walk.source[walk.i];
  let choices = atom.samples;
  if (q === '?' || q === '*' || q === '+') {
    walk.i++;
    if (q === '?') choices = ['', ...atom.samples];
    else if (q === '*') choices = [''];
    else choices = atom.run !== null ? [atom.run] : atom.samples;
  } else if (q === '{') {
    const count = /^\{(\d+)(?:,(\d*))?\}/.exec(walk.source.slice(walk.i));
    if (count) {
      walk.i += count[0].length;
      const n = Math.min(Number(count[1]), 3);
      choices = atom.samples.map((s) => s.repeat(n === 0 ? 0 : Math.max(n, 1)));
    }
  } else {
    return choices;
  }
  // A lazy or possessive marker after the quantifier changes nothing for a sample.
  if (walk.source[walk.i] === '?' || walk.source[walk.i] === '+') walk.i++;
  return choices;
}

/** Index of the `]` that closes the class opened just before `from`. */
function regexSampleClassEnd(source: string, from: number): number {
  let i = from;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[' && source[i + 1] === ':') i = source.indexOf(':]', i + 2) + 1;
    else if (source[i] === ']') return i;
  }
  throw new Error('unterminated class');
}

/** A character the class accepts, judged by JavaScript's reading of it (close to RE2's for classes). */
function regexSampleClassChar(cls: string): string {
  let test: RegExp;
  try {
    test = new RegExp(`^${cls}$`);
  } catch {
    return 'a';
  }
  return classProbe.find((c) => test.test(c)) ?? 'a';
}
