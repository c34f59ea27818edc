import { RE2Set, type RE2JS } from 're2js';

/**
 * What one match of a compiled pattern can cost, as an upper bound read from the program before any
 * request runs. re2js answers our boolean matches with a lazy DFA: a character costs almost nothing
 * when the DFA already knows where it leads, and a *transition* (a state and a character class it has
 * not seen yet) costs work proportional to the NFA threads alive in that state. So a request costs at
 * most `min(input length + 1, transitions the DFA can ever compute)` transitions, each bounded by the
 * largest state. Typical patterns have a few dozen small states; hostile ones (`a[ab]{20}c`, counted
 * runs of `.*`) have more states than any input is long, and are charged a full transition per
 * character with every instruction alive.
 *
 * The figures come from walking the pattern's own DFA (re2js 2.10 internals, pinned) from its start
 * state over one character of every class, both word and non-word, newline and end of text: every
 * state and transition a real input can reach. The walk stops early for patterns that are large anyway.
 * Walking builds those states and transitions, so walking the program that serves requests leaves its
 * DFA complete: a request then never builds any.
 */
export interface RegexCost {
  /** DFA states reachable from the start, or `Infinity` when the walk gave up (treat as unbounded). */
  states: number;
  /** Transitions the DFA can ever compute, or `Infinity`. */
  transitions: number;
  /** The most instructions one state holds (live threads and their closure); the program size if unknown. */
  threads: number;
  /** Character classes the DFA splits the alphabet into: each new state allocates a table that size. */
  classes: number;
  /** Compiled program size, in instructions. */
  size: number;
  /** What the walk itself cost, in instructions handled: validation's own time is bounded too. */
  walked: number;
}

/** How a pattern is applied (see `regexMatch`). */
type Anchor = 'none' | 'start' | 'both';

/**
 * The walk gives up beyond these (a pattern this large is charged as unbounded, which it nearly is),
 * so that validating a pattern costs at most a few milliseconds.
 */
const walkStatesMax = 100;
const walkTransitionsMax = 4000;
/** Instructions handled by one walk, at most (~5 ms): a typical pattern with ignoreCase needs ~60,000. */
export const regexCostWalkMax = 200_000;

// The re2js internals the walk reads; a version that changes them fails `regexCost.test.ts`.
interface DfaState {
  nfaStates: number[];
  next: Array<DfaState | null> | null;
  nextAnchored: Array<DfaState | null> | null;
}
interface Dfa {
  numClasses: number;
  classBounds: Int32Array;
  failed: boolean;
  makeState(pcs: number[], flag: number, ids: number[]): DfaState | null;
  step(state: DfaState, cls: number, rune: number, anchor: number): DfaState | null;
}
interface Re2Internals {
  dfa: Dfa;
  prog: { start: number };
}

/** re2js `Utils.EMPTY_BEGIN_TEXT | EMPTY_BEGIN_LINE`: the context of position 0, where every match starts. */
const beginFlags = 4 | 1;
const endOfText = -1;

const anchorFlags: Record<Anchor, number> = {
  none: RE2Set.UNANCHORED,
  start: RE2Set.ANCHOR_START,
  both: RE2Set.ANCHOR_BOTH,
};

/**
 * The cost figures of `program` applied as `anchor`, building its DFA as a side effect: the table for
 * searches (`none`) or the one for anchored matches (`start` and `both`, which step alike).
 */
export function regexCost(program: RE2JS, anchor: Anchor, walkMax = regexCostWalkMax): RegexCost {
  const size = program.programSize();
  const re2 = program.re2() as unknown as Re2Internals;
  const dfa = re2.dfa;
  let walked = 0;
  const unbounded = (classes: number): RegexCost => ({
    states: Infinity,
    transitions: Infinity,
    threads: size,
    classes,
    size,
    walked,
  });
  if (dfa.failed) return unbounded(dfa.numClasses);
  const runes = regexCostRunes(dfa);
  const start = dfa.makeState([re2.prog.start], beginFlags, []);
  if (!start) return unbounded(dfa.numClasses);
  const seen = new Set<DfaState>([start]);
  const queue: DfaState[] = [start];
  const flag = anchorFlags[anchor];
  let transitions = 0;
  let threads = start.nfaStates.length;
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] as DfaState;
    for (let cls = 0; cls < runes.length; cls++) {
      for (const rune of runes[cls] as number[]) {
        // Runes of one class may lead to states that differ in flags (word or not): forget the cached
        // transition so each variant is computed.
        const table = flag === RE2Set.UNANCHORED ? state.next : state.nextAnchored;
        if (table) table[cls] = null;
        const next = dfa.step(state, cls, rune, flag);
        transitions++;
        walked += regexCostWeights.transition + state.nfaStates.length + (next?.nfaStates.length ?? 0);
        if (!next || transitions > walkTransitionsMax || walked > walkMax) return unbounded(dfa.numClasses);
        if (!seen.has(next)) {
          if (seen.size >= walkStatesMax) return unbounded(dfa.numClasses);
          seen.add(next);
          queue.push(next);
          threads = Math.max(threads, next.nfaStates.length);
        }
      }
    }
  }
  return { states: seen.size, transitions, threads, classes: dfa.numClasses, size, walked };
}

/**
 * One character per distinct behaviour within each DFA class (a word character, another one, a
 * newline), then end of text as the last "class", as re2js's DFA steps on it.
 */
function regexCostRunes(dfa: Dfa): number[][] {
  const runes: number[][] = [];
  const bounds = dfa.classBounds;
  for (let cls = 0; cls < dfa.numClasses; cls++) {
    const low = cls === 0 ? 0 : (bounds[cls - 1] as number);
    const high = cls === dfa.numClasses - 1 ? 0x10ffff : (bounds[cls] as number) - 1;
    let word = -1;
    let other = -1;
    let newline = -1;
    for (let r = low; r <= Math.min(high, 127) && (word < 0 || other < 0 || newline < 0); r++) {
      if (r === 10) newline = r;
      else if (/\w/.test(String.fromCharCode(r))) word = word < 0 ? r : word;
      else other = other < 0 ? r : other;
    }
    if (other < 0 && high >= 128) other = Math.max(low, 128);
    runes.push([word, other, newline].filter((r) => r >= 0));
  }
  runes.push([endOfText]);
  return runes;
}

/**
 * Work units one match on up to `inputMax` characters costs at most, once `regexCost` has walked the
 * program that serves requests (1 unit ≈ one instruction handled while building a transition, 20–50
 * ns). A fully walked DFA knows every transition, so a match only takes cached steps. Otherwise each
 * character may build a transition with every instruction alive, and a state table.
 */
export function regexCostUnits(cost: RegexCost, inputMax: number): number {
  const steps = inputMax + 1;
  const cached = steps / regexCostWeights.stepsPerUnit + regexCostWeights.transition + cost.threads;
  if (Number.isFinite(cost.transitions)) return Math.ceil(cached);
  return Math.ceil(
    cached +
      steps * (regexCostWeights.transition + 2 * cost.threads) +
      (steps * cost.classes) / regexCostWeights.tableEntriesPerUnit,
  );
}

/** Measured ratios between re2js's costs, so that one unit means one kind of work (see regexCostUnits). */
export const regexCostWeights = {
  /** A transition's fixed part (hashing, sorting, allocating) is worth about 10 threads. */
  transition: 10,
  /** Filling a new state's table costs ~1 ns per class. */
  tableEntriesPerUnit: 16,
  /** A cached step costs ~5 ns. */
  stepsPerUnit: 4,
  /**
   * Compiling one pattern within `regexLimits` costs 50–300 µs however small its program (Unicode
   * classes and case folding dominate): charged as a flat 5,000 units to validation's own budget.
   */
  compile: 5_000,
} as const;
