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
 * One rule on its own (tests, single checks): each alternative scans the text when a word of each
 * of its word sets is in it. matchAll below gets the same result faster through a shared index.
 */
export function matchRule(rule: Rule, text: string | MatchText, limit = 4): RuleMatch[] {
  const t = typeof text === 'string' ? prepareText(text) : text;
  return matchParts(
    rule,
    t,
    (part) =>
      rule.parts[part].wordSets.every((set) => set.some((word) => t.lower.indexOf(word) >= 0)) ? SCAN : null,
    limit,
  );
}

/** How to look for one alternative: scan the whole text, or try it only at these (ascending) positions. */
type Search = typeof SCAN | readonly number[];
const SCAN = 'scan';

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
  hits.sort((a, b) => a.start - b.start || a.part - b.part);
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
    const m = sticky.exec(t.lower);
    if (m === null || m[0].length === 0) continue;
    const end = start + m[0].length;
    if (!atWordBoundaries(t.text, start, end)) continue;
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
 * runs of ASCII letters and digits (anchors.ts), so each lies inside one such run of the text: the
 * text is cut into runs, and each distinct run is looked up once in a cache of the words it holds.
 * Mail repeats its vocabulary, so most runs are one Map lookup.
 * An alternative runs only when a word of each of its sets is present. One with leading words is
 * tried only where a run starts with one: a match starts with a letter or digit at a word boundary,
 * so always at the start of a run. One without is scanned for; one with no words at all always is.
 */
interface RuleIndex {
  /** For each part (flat, in rule order): its rule and its number within the rule. */
  ruleOf: number[];
  partInRule: number[];
  /** For each part: one bit per word set, all set when the part can match. */
  need: number[];
  /** For each part: whether it has leading words (its set 0, whose positions are kept). */
  hasLeading: boolean[];
  /** Parts without any words: they always scan. */
  always: number[];
  /** Indexed words by their first three letters, as one integer (gramKey). */
  byGram: Map<number, IndexedWord[]>;
  /** Leading words of two letters, by those letters as one integer. */
  byPair: Map<number, IndexedWord[]>;
  /** Run → what it holds: triples (part, offset in the run, set number). */
  runs: Map<string, readonly number[]>;
  /**
   * Per part, during one matchAll: the sets found (bits) and where its leading words start. Kept
   * here and cleared after each call: allocating them per email cost more than the lookups.
   */
  have: Int32Array;
  starts: Array<number[] | undefined>;
}

interface IndexedWord {
  word: string;
  part: number;
  set: number;
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
    always: [],
    byGram: new Map(),
    byPair: new Map(),
    runs: new Map(),
    have: new Int32Array(0),
    starts: [],
  };
  const file = (word: string, part: number, set: number) => {
    const [map, key] = word.length === 2 ? [index.byPair, pairKey(word)] : [index.byGram, gramKey(word, 0)];
    const list = map.get(key);
    if (list) list.push({ word, part, set });
    else map.set(key, [{ word, part, set }]);
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
      if (sets.length === 0) index.always.push(id);
      sets.forEach((set, n) => {
        for (const word of new Set(set)) file(word, id, n);
      });
    });
  });
  index.have = new Int32Array(index.ruleOf.length);
  index.starts = index.ruleOf.map(() => undefined);
  INDEXES.set(rules, index);
  return index;
}

/** The three characters at `i` as one integer (indexed words are ASCII). */
function gramKey(s: string, i: number): number {
  return (s.charCodeAt(i) << 14) | (s.charCodeAt(i + 1) << 7) | s.charCodeAt(i + 2);
}

function pairKey(s: string): number {
  return (s.charCodeAt(0) << 7) | s.charCodeAt(1);
}

/** Leading words count only at the run's start (j = 0), where a match can begin. */
function wordsInRun(index: RuleIndex, run: string): readonly number[] {
  let found = index.runs.get(run);
  if (found) return found;
  const triples: number[] = [];
  const take = (c: IndexedWord, j: number) => {
    if ((j === 0 || c.set !== 0 || !index.hasLeading[c.part]) && run.startsWith(c.word, j)) {
      triples.push(c.part, j, c.set);
    }
  };
  for (const c of index.byPair.get(pairKey(run)) ?? []) take(c, 0);
  for (let j = 0; j + 3 <= run.length; j++) {
    for (const c of index.byGram.get(gramKey(run, j)) ?? []) take(c, j);
  }
  if (index.runs.size >= MAX_CACHED_RUNS) index.runs.clear();
  found = triples;
  index.runs.set(run, found);
  return found;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

export function matchAll(rules: readonly Rule[], text: string): RuleMatch[] {
  const t = prepareText(text);
  const index = ruleIndex(rules);
  const { have, starts } = index;
  const seen: number[] = [];
  const lower = t.lower;
  for (let i = 0; i < lower.length; ) {
    if (!isAsciiAlnum(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < lower.length && isAsciiAlnum(lower.charCodeAt(i))) i++;
    if (i - runStart < 2) continue;
    const triples = wordsInRun(index, lower.slice(runStart, i));
    for (let k = 0; k < triples.length; k += 3) {
      const part = triples[k];
      const set = triples[k + 2];
      if (have[part] === 0) seen.push(part);
      have[part] |= 1 << set;
      if (set !== 0 || !index.hasLeading[part]) continue;
      const at = runStart + triples[k + 1];
      const list = starts[part];
      if (list === undefined) starts[part] = [at];
      else if (list[list.length - 1] !== at) list.push(at);
    }
  }
  const active = index.always.concat(seen.filter((part) => have[part] === index.need[part]));
  // Parts are numbered in rule order, so sorting groups each rule's active parts together.
  active.sort((a, b) => a - b);
  const searchOf = (part: number): Search | null =>
    have[part] !== index.need[part] ? null : index.hasLeading[part] ? (starts[part] ?? null) : SCAN;
  const all: RuleMatch[] = [];
  try {
    for (let k = 0; k < active.length; ) {
      const r = index.ruleOf[active[k]];
      const first = active[k] - index.partInRule[active[k]];
      while (k < active.length && index.ruleOf[active[k]] === r) k++;
      for (const match of matchParts(rules[r], t, (part) => searchOf(first + part), 4)) all.push(match);
    }
  } finally {
    for (const part of seen) {
      have[part] = 0;
      starts[part] = undefined;
    }
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
