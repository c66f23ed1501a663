// Runs compiled rules over the new text and returns every match with its exact span.
import type { Rule, RuleSignal } from './rules/types';
import { isWordChar } from './text';

export interface RuleMatch {
  rule: Rule;
  signal: RuleSignal;
  start: number;
  end: number;
  text: string;
}

/**
 * Rules run on a lower-cased copy of the text (see compile.ts). Lower-casing keeps offsets for the
 * scripts we read; where it would not (a handful of exotic letters), those letters are left as they are.
 */
export function lowerForMatching(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** The text as the rules read it: lower-cased, with the same offsets. */
export interface MatchText {
  text: string;
  lower: string;
}

export function prepareText(text: string): MatchText {
  return { text, lower: lowerForMatching(text) };
}

/**
 * One rule on its own, by plain regex scans of all its alternatives: the reference that matchAll's
 * shortcuts must agree with (tests, single checks).
 */
export function matchRule(rule: Rule, text: string | MatchText, limit = 4): RuleMatch[] {
  const t = typeof text === 'string' ? prepareText(text) : text;
  return matchParts(rule, t, () => SCAN, limit);
}

/** How to look for one alternative: scan the whole text, or try it only at these (ascending) positions. */
type Search = typeof SCAN | readonly number[];
const SCAN = 'scan';
const AT_START: readonly number[] = [0];

/**
 * Pattern matches at word boundaries; at most a few per rule (evidence, not a concordance). The
 * alternatives' matches merge as one alternation would: leftmost first, the earlier alternative on
 * a tie, no overlaps.
 */
function matchParts(
  rule: Rule,
  t: MatchText,
  searchOf: (part: number) => Search | null,
  limit: number,
): RuleMatch[] {
  const hits: Hit[] = [];
  for (let part = 0; part < rule.parts.length; part++) {
    const search = searchOf(part);
    if (search === null) continue;
    const { regex, sticky } = rule.parts[part];
    if (search === SCAN || !sticky) scanText(regex, t, part, limit, hits);
    else tryAt(sticky, search, t, part, limit, hits);
  }
  if (hits.length === 0) return [];
  if (hits.length > 1) hits.sort((a, b) => a.start - b.start || a.part - b.part);
  const matches: RuleMatch[] = [];
  let after = 0;
  for (const h of hits) {
    if (h.start < after) continue;
    matches.push({
      rule,
      signal: rule.signal,
      start: h.start,
      end: h.end,
      text: t.text.slice(h.start, h.end),
    });
    after = h.end;
    if (matches.length >= limit) break;
  }
  return matches;
}

interface Hit {
  start: number;
  end: number;
  part: number;
}

function scanText(regex: RegExp, t: MatchText, part: number, limit: number, hits: Hit[]): void {
  let found = 0;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null = regex.exec(t.lower);
  while (m !== null && found < limit) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length > 0 && atWordBoundaries(t.text, start, end)) {
      hits.push({ start, end, part });
      found++;
      regex.lastIndex = end;
    } else {
      regex.lastIndex = start + 1;
    }
    m = regex.exec(t.lower);
  }
}

/**
 * The same matches as scanText when every match starts at one of `starts`: a scan tries each
 * position in turn, and a sticky regex tries exactly one, with the same backtracking.
 */
function tryAt(
  sticky: RegExp,
  starts: readonly number[],
  t: MatchText,
  part: number,
  limit: number,
  hits: Hit[],
) {
  let found = 0;
  let after = 0;
  for (let k = 0; k < starts.length && found < limit; k++) {
    const start = starts[k];
    if (start < after) continue;
    sticky.lastIndex = start;
    // test() builds no match array; a sticky match ends where lastIndex now points.
    if (!sticky.test(t.lower)) continue;
    const end = sticky.lastIndex;
    if (end === start || !atWordBoundaries(t.text, start, end)) continue;
    hits.push({ start, end, part });
    found++;
    after = end;
  }
}

function atWordBoundaries(text: string, start: number, end: number): boolean {
  return (
    (start === 0 || !isWordChar(text.charCodeAt(start - 1)) || !isWordChar(text.charCodeAt(start))) &&
    (end === text.length || !isWordChar(text.charCodeAt(end)) || !isWordChar(text.charCodeAt(end - 1)))
  );
}

/**
 * Which rule alternatives a text can match, and where. Indexed words (word sets and leading words) are
 * letters and digits (anchors.ts), so each lies inside one run of word characters of the text: the
 * text is cut into such runs, and each distinct run is looked up once in a cache of the words it holds.
 * Mail repeats its vocabulary, so most runs are one Map lookup.
 * An alternative runs only when a word of each of its sets (anchors.ts) is present. One with leading
 * words is tried only where a run starts with one: a match that starts with a letter or digit starts
 * at a word boundary (atWordBoundaries), so at the start of a run. One anchored with `^` is tried at 0;
 * any other is scanned for.
 */
interface RuleIndex {
  /** For each part (flat, in rule order): its rule and its number within the rule. */
  ruleOf: number[];
  partInRule: number[];
  /** For each part: one bit per word set, all set when the part can match. */
  need: number[];
  /** For each part: whether it has leading words (its set 0, whose positions are kept). */
  hasLeading: boolean[];
  /** For each part: whether it can only match at the start of the text. */
  atStart: boolean[];
  /** Parts without any words: they always run. */
  always: number[];
  /** Indexed words by their first three letters, as one integer (gramKey). */
  byGram: Map<number, IndexedWord[]>;
  /** Indexed words of two letters, by those letters as one integer. */
  byPair: Map<number, IndexedWord[]>;
  /** Leading words of one letter or digit ("i", "0"), by its code. */
  bySingle: Map<number, IndexedWord[]>;
  /** Run → what it holds. */
  runs: Map<string, CachedRun>;
  /** Counts matchAll calls, so a run's sets are applied once per call however often it occurs. */
  call: number;
  /**
   * Per part, during one matchAll: the sets found (bits), and the parts touched (`touched`, the first
   * `touchedCount`). Kept here and cleared after each call: allocating them per email cost more than the
   * lookups.
   */
  have: Int32Array;
  touched: Int32Array;
  touchedCount: number;
  /** The parts that can match, during one matchAll. */
  active: Int32Array;
  /**
   * Where each part's leading words start, during one matchAll: a list per part, linked through
   * `startAt`/`nextStart` from `firstStart[part]` (-1: none) to `lastStart[part]`. A run that starts with
   * "ich" adds its position to dozens of parts; as arrays that was most of the matcher's garbage.
   */
  firstStart: Int32Array;
  lastStart: Int32Array;
  startAt: Int32Array;
  nextStart: Int32Array;
  startCount: number;
}

interface CachedRun {
  /** Pairs (part, bits of its word sets this run holds). */
  bits: number[];
  /** Parts with a leading word at the run's start. */
  leads: number[];
  /** The matchAll call that last applied `bits`. */
  appliedIn: number;
}

interface IndexedWord {
  word: string;
  part: number;
  set: number;
  /** A leading word that must be the whole run (written "i$" by anchors.ts). */
  wholeRun: boolean;
}

/** Word sets per part beyond this are left out (they only filter; fewer is still correct). */
const MAX_SETS = 30;
/** The run cache is emptied when it grows past this, which keeps memory flat on endless streams. */
const MAX_CACHED_RUNS = 20_000;

const INDEXES = new WeakMap<readonly Rule[], RuleIndex>();

function ruleIndex(rules: readonly Rule[]): RuleIndex {
  const cached = INDEXES.get(rules);
  if (cached) return cached;
  const index: RuleIndex = {
    ruleOf: [],
    partInRule: [],
    need: [],
    hasLeading: [],
    atStart: [],
    always: [],
    byGram: new Map(),
    byPair: new Map(),
    bySingle: new Map(),
    runs: new Map(),
    call: 0,
    have: new Int32Array(0),
    touched: new Int32Array(0),
    touchedCount: 0,
    active: new Int32Array(0),
    firstStart: new Int32Array(0),
    lastStart: new Int32Array(0),
    startAt: new Int32Array(256),
    nextStart: new Int32Array(256),
    startCount: 0,
  };
  const file = (written: string, part: number, set: number) => {
    const wholeRun = written.endsWith('$');
    const word = wholeRun ? written.slice(0, -1) : written;
    const [map, key] =
      word.length === 1
        ? [index.bySingle, word.charCodeAt(0)]
        : word.length === 2
          ? [index.byPair, pairKey(word, 0)]
          : [index.byGram, gramKey(word, 0)];
    const list = map.get(key);
    if (list) list.push({ word, part, set, wholeRun });
    else map.set(key, [{ word, part, set, wholeRun }]);
  };
  rules.forEach((rule, r) => {
    rule.parts.forEach((part, p) => {
      const id = index.ruleOf.length;
      index.ruleOf.push(r);
      index.partInRule.push(p);
      const leading = part.leading && part.sticky ? part.leading : null;
      const sets = (leading ? [leading] : []).concat(part.wordSets).slice(0, MAX_SETS);
      index.need.push(2 ** sets.length - 1);
      index.hasLeading.push(leading !== null);
      index.atStart.push(part.atStart && part.sticky !== null);
      if (sets.length === 0) index.always.push(id);
      sets.forEach((set, n) => {
        for (const word of new Set(set)) file(word, id, n);
      });
    });
  });
  index.have = new Int32Array(index.ruleOf.length);
  index.touched = new Int32Array(index.ruleOf.length);
  index.active = new Int32Array(index.ruleOf.length);
  index.firstStart = new Int32Array(index.ruleOf.length).fill(-1);
  index.lastStart = new Int32Array(index.ruleOf.length);
  INDEXES.set(rules, index);
  return index;
}

/** The three characters at `i` as one integer (letters beyond ASCII may collide: callers compare the word). */
function gramKey(s: string, i: number): number {
  return (s.charCodeAt(i) << 14) | (s.charCodeAt(i + 1) << 7) | s.charCodeAt(i + 2);
}

function pairKey(s: string, i: number): number {
  return (s.charCodeAt(i) << 7) | s.charCodeAt(i + 1);
}

/** Leading words count only at the run's start (j = 0), where a match can begin. */
function wordsInRun(index: RuleIndex, run: string): CachedRun {
  const cached = index.runs.get(run);
  if (cached) return cached;
  const bitsOf = new Map<number, number>();
  const leads: number[] = [];
  const take = (c: IndexedWord, j: number) => {
    const isLead = c.set === 0 && index.hasLeading[c.part];
    if ((j === 0 || !isLead) && (!c.wholeRun || run.length === c.word.length) && run.startsWith(c.word, j)) {
      bitsOf.set(c.part, (bitsOf.get(c.part) ?? 0) | (1 << c.set));
      if (isLead && leads.indexOf(c.part) < 0) leads.push(c.part);
    }
  };
  for (const c of index.bySingle.get(run.charCodeAt(0)) ?? []) take(c, 0);
  for (let j = 0; j + 2 <= run.length; j++) {
    for (const c of index.byPair.get(pairKey(run, j)) ?? []) take(c, j);
    if (j + 3 <= run.length) for (const c of index.byGram.get(gramKey(run, j)) ?? []) take(c, j);
  }
  const bits: number[] = [];
  bitsOf.forEach((mask, part) => {
    bits.push(part, mask);
  });
  if (index.runs.size >= MAX_CACHED_RUNS) index.runs.clear();
  const found = { bits, leads, appliedIn: -1 };
  index.runs.set(run, found);
  return found;
}

export function matchAll(rules: readonly Rule[], text: string): RuleMatch[] {
  const t = prepareText(text);
  const index = ruleIndex(rules);
  const { have, touched } = index;
  const activeParts = index.active;
  const call = ++index.call;
  index.touchedCount = 0;
  index.startCount = 0;
  const lower = t.lower;
  try {
    for (let i = 0; i < lower.length; ) {
      if (!isWordChar(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      const runStart = i;
      while (i < lower.length && isWordChar(lower.charCodeAt(i))) i++;
      const found = wordsInRun(index, lower.slice(runStart, i));
      if (found.appliedIn !== call) {
        found.appliedIn = call;
        const bits = found.bits;
        for (let k = 0; k < bits.length; k += 2) {
          const part = bits[k];
          if (have[part] === 0) touched[index.touchedCount++] = part;
          have[part] |= bits[k + 1];
        }
      }
      for (const part of found.leads) addStart(index, part, runStart);
    }
    let count = 0;
    for (const part of index.always) activeParts[count++] = part;
    for (let k = 0; k < index.touchedCount; k++) {
      if (have[touched[k]] === index.need[touched[k]]) activeParts[count++] = touched[k];
    }
    // Parts are numbered in rule order, so sorting groups each rule's active parts together. (A typed
    // array sorts numerically, in place, without a comparator.)
    const active = activeParts.subarray(0, count).sort();
    const all: RuleMatch[] = [];
    const searches: Array<Search | null> = [];
    for (let k = 0; k < active.length; ) {
      const r = index.ruleOf[active[k]];
      const first = active[k] - index.partInRule[active[k]];
      searches.length = 0;
      for (; k < active.length && index.ruleOf[active[k]] === r; k++) {
        const part = active[k];
        searches[part - first] = index.hasLeading[part]
          ? startsOf(index, part)
          : index.atStart[part]
            ? AT_START
            : SCAN;
      }
      for (const match of matchParts(rules[r], t, (part) => searches[part] ?? null, 4)) all.push(match);
    }
    return all.sort((a, b) => a.start - b.start || b.end - a.end);
  } finally {
    for (let k = 0; k < index.touchedCount; k++) {
      have[touched[k]] = 0;
      index.firstStart[touched[k]] = -1;
    }
  }
}

/** Appends a run start to a part's list (positions arrive in ascending order). */
function addStart(index: RuleIndex, part: number, at: number): void {
  if (index.startCount === index.startAt.length) {
    const grown = index.startAt.length * 2;
    const startAt = new Int32Array(grown);
    const nextStart = new Int32Array(grown);
    startAt.set(index.startAt);
    nextStart.set(index.nextStart);
    index.startAt = startAt;
    index.nextStart = nextStart;
  }
  const entry = index.startCount++;
  index.startAt[entry] = at;
  index.nextStart[entry] = -1;
  if (index.firstStart[part] < 0) index.firstStart[part] = entry;
  else index.nextStart[index.lastStart[part]] = entry;
  index.lastStart[part] = entry;
}

function startsOf(index: RuleIndex, part: number): number[] {
  const starts: number[] = [];
  for (let e = index.firstStart[part]; e >= 0; e = index.nextStart[e]) starts.push(index.startAt[e]);
  return starts;
}
