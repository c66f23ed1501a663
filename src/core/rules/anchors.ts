// Derives, from a rule's readable pattern, words of which every match must contain at least one
// ("nachhak", "checking"), and words every match starts with. The matcher runs a pattern only where
// its words are in the text: word lookups instead of regex runs, which is most of the engine's speed.
// Contained words are plain ASCII letter runs of 2+ characters (umlauts, spaces and apostrophes are
// expanded by the compiler, so they cannot be searched for literally); leading words may hold umlauts,
// in both spellings. This runs once per alternative when the engine loads.

import { isWordChar } from '../text';

interface Item {
  /** A literal ASCII letter or digit, or null for anything else (class, escape, umlaut, space…). */
  ch: string | null;
  /** The item is a digit class (`[0-9]`, `\\d`). */
  digit: boolean;
  /** A literal letter or digit, umlauts and accents included (for leading words). */
  letter?: string;
  /** The item's first character is never a word character (a space, an apostrophe, punctuation). */
  nonWord: boolean;
  group?: Item[][];
  required: boolean;
  /** A quantifier other than none or `?`: the item may repeat, so a run cannot continue past it. */
  repeats: boolean;
}

/** What the matcher needs to know of one alternative (a pattern without top-level `|`). */
export interface PatternWords {
  /**
   * Every set of words of which each match contains one, in pattern order ("(?:habe|hatte) ich
   * Ihnen (?:\\S+ )*geschickt" → [habe, hatte], [ich], [ihnen], [geschickt]). Each set on its own is
   * a necessary condition, so all together filter best.
   */
  wordSets: string[][];
  /**
   * Words (letters or digits) one of which every match STARTS with ("rufe", "um" for
   * `(?:rufe|um) (?:ich )?…`, "0"…"9" for `[0-2]?[0-9]:…`, "ü" and "ue" for `über`), or null when a
   * match may start with anything else (a space, a class of letters). The matcher then tries the regex
   * only where a word of the text begins with one, instead of scanning the whole text.
   */
  leading: string[] | null;
}

/** Reads the pattern once (this runs for every alternative of every rule when the engine loads). */
export function describePattern(source: string): PatternWords {
  const alternatives = parseAlternatives({ s: source, i: 0 });
  let wordSets: string[][];
  if (alternatives.length === 1) wordSets = candidateSets(alternatives[0]);
  else {
    const words = wordsOfAlternatives(alternatives);
    wordSets = words ? [words] : [];
  }
  return {
    wordSets,
    leading: leadingWordsOf(alternatives),
  };
}

/** More leading words than this and the pattern is left to a plain regex scan. */
const MAX_LEADING_WORDS = 64;
/** Longer leading words filter no better: the index looks up three letters, then compares the word. */
const MAX_LEADING_LENGTH = 8;

function leadingWordsOf(alternatives: Item[][]): string[] | null {
  const words = leadingOfAlternatives(alternatives, END, '');
  if (!words) return null;
  // "#" (any digit) ends a word; standing alone it becomes the ten digits. "$" marks a whole-run word.
  const literal: string[] = [];
  for (const w of words) {
    const cut = w.indexOf('#');
    if (cut < 0) literal.push(w);
    else if (cut > 0) literal.push(w.slice(0, cut));
    else literal.push(...'0123456789');
  }
  const unique = [...new Set(literal)];
  return unique.length <= MAX_LEADING_WORDS ? unique : null;
}

/**
 * What comes after the items being read: more items (the rest of an enclosing sequence), the END of the
 * whole alternative, or something not known here (UNKNOWN: after a group that is optional or repeats).
 */
type Continuation = { sequence: Item[]; i: number; then: Continuation } | typeof END | typeof UNKNOWN;
const END = 'end';
const UNKNOWN = 'unknown';

function leadingOfAlternatives(alternatives: Item[][], then: Continuation, prefix: string): string[] | null {
  const all: string[] = [];
  for (const sequence of alternatives) {
    const words = leadingOfSequence(sequence, 0, then, prefix);
    if (!words || all.length + words.length > MAX_LEADING_WORDS) return null;
    all.push(...words);
  }
  return all;
}

/** The compiler lets an umlaut match its two-letter spelling too (compile.ts). */
const SPELLINGS: Record<string, string[]> = {
  ä: ['ä', 'ae'],
  ö: ['ö', 'oe'],
  ü: ['ü', 'ue'],
  ß: ['ß', 'ss'],
};

/**
 * What an item matches when it is one plain character: the letter or digit (both spellings of an
 * umlaut), "#" for a digit class; null for anything else.
 */
function unitsOf(item: Item): string[] | null {
  if (item.group) return null;
  if (item.letter) return SPELLINGS[item.letter] ?? [item.letter];
  return item.digit ? ['#'] : null;
}

function leadingOfSequence(sequence: Item[], i: number, then: Continuation, prefix: string): string[] | null {
  if (i >= sequence.length) {
    if (then === END || then === UNKNOWN)
      return prefix.length === 0 ? null : [prefix + (then === END ? '$' : '')];
    return leadingOfSequence(then.sequence, then.i, then.then, prefix);
  }
  // The word ends here; when what follows always starts with a space or punctuation (or nothing
  // follows), the word must be all of its run: "i" for `i['’]ll` is the run "i", not "in" or "is".
  const done = () =>
    prefix.length === 0 ? null : [nonWordFollows(sequence, i, then) ? `${prefix}$` : prefix];
  if (prefix.endsWith('#') || prefix.length >= MAX_LEADING_LENGTH) return [prefix];
  const item = sequence[i];
  const units = unitsOf(item);
  if (!item.required) {
    // Optional: a match either skips it or starts with it (once; more may follow, so stop there).
    if (prefix.length > 0) return done();
    const skip = leadingOfSequence(sequence, i + 1, then, '');
    const take = item.group ? leadingOfAlternatives(item.group, UNKNOWN, '') : units;
    return skip && take ? take.concat(skip) : null;
  }
  if (item.repeats) {
    if (item.group) return leadingOfAlternatives(item.group, UNKNOWN, prefix);
    return units ? units.map((unit) => prefix + unit) : done();
  }
  if (item.group) return leadingOfAlternatives(item.group, { sequence, i: i + 1, then }, prefix);
  if (!units) return done();
  const all: string[] = [];
  for (const unit of units) {
    const words = leadingOfSequence(sequence, i + 1, then, prefix + unit);
    if (!words) return null;
    all.push(...words);
  }
  return all;
}

/** Whether the match, from sequence[i] on, ends or goes on with a character that is no word character. */
function nonWordFollows(sequence: Item[], i: number, then: Continuation): boolean {
  for (let k = i; k < sequence.length; k++) {
    const item = sequence[k];
    if (item.group || !item.nonWord) return false;
    if (item.required) return true;
  }
  if (then === END) return true;
  if (then === UNKNOWN) return false;
  return nonWordFollows(then.sequence, then.i, then.then);
}

function parseAlternatives(p: { s: string; i: number }): Item[][] {
  const alternatives: Item[][] = [[]];
  while (p.i < p.s.length) {
    const c = p.s[p.i];
    if (c === ')') break;
    if (c === '|') {
      p.i++;
      alternatives.push([]);
      continue;
    }
    const item = parseAtom(p);
    if (item) alternatives[alternatives.length - 1].push(item);
  }
  return alternatives;
}

/** Every item with the same fields, so the parser's objects share one shape (this runs at load time). */
function makeItem(
  ch: string | null,
  digit: boolean,
  letter: string | undefined,
  group: Item[][] | undefined,
  nonWord = false,
): Item {
  return { ch, digit, letter, group, nonWord, required: true, repeats: false };
}

/** A class like `[,.:!–-]` or `[\\s>]`: only spaces and punctuation, no ranges, not negated. */
function isNonWordClass(content: string): boolean {
  if (content.length === 0 || content[0] === '^') return false;
  for (let k = 0; k < content.length; k++) {
    const c = content[k];
    if (c === '\\') {
      const next = content[k + 1] ?? '';
      if (!'sntrf'.includes(next) && !isPunctuation(next.charCodeAt(0))) return false;
      k++;
    } else if (c === '-' && k > 0 && k < content.length - 1) {
      return false;
    } else if (isWordChar(c.charCodeAt(0))) {
      return false;
    }
  }
  return true;
}

function parseAtom(p: { s: string; i: number }): Item | null {
  const c = p.s[p.i];
  let item: Item | null;
  if (c === '\\') {
    const next = p.s[p.i + 1] ?? '';
    p.i += 2;
    const nonWord = 'sntrf'.includes(next) || isPunctuation(next.charCodeAt(0));
    item = next === 'b' || next === 'B' ? null : makeItem(null, next === 'd', undefined, undefined, nonWord);
  } else if (c === '[') {
    const start = ++p.i;
    while (p.i < p.s.length && p.s[p.i] !== ']') p.i += p.s[p.i] === '\\' ? 2 : 1;
    const content = p.s.slice(start, p.i);
    const digitsOnly = /^(?:[0-9]|[0-9]-[0-9])+$/.test(content);
    p.i++;
    item = makeItem(null, digitsOnly, undefined, undefined, isNonWordClass(content));
  } else if (c === '(') {
    const lookaround = p.s[p.i + 1] === '?' && (p.s[p.i + 2] === '=' || p.s[p.i + 2] === '!');
    p.i += p.s[p.i + 1] === '?' ? 3 : 1;
    const group = parseAlternatives(p);
    p.i++; // ')'
    item = lookaround ? null : makeItem(null, false, undefined, group);
  } else if (c === '^' || c === '$') {
    p.i++;
    item = null;
  } else {
    p.i++;
    // Literals are matched lower-cased (compile.ts); escapes above keep their case (\\D is not \\d).
    const lower = c.toLowerCase();
    const code = lower.charCodeAt(0);
    const isDigit = code >= 48 && code <= 57;
    const isAsciiLetter = code >= 97 && code <= 122;
    const isLetter =
      isDigit || isAsciiLetter || code === 0xdf || (code >= 0xe0 && code <= 0x24f && code !== 0xf7);
    // A space becomes \\s+ and "'" a class of apostrophes when compiled; "." is any character.
    const nonWord = c === ' ' || c === "'" || (c !== '.' && isPunctuation(code));
    item = makeItem(
      isDigit || isAsciiLetter ? lower : null,
      isDigit,
      isLetter ? lower : undefined,
      undefined,
      nonWord,
    );
  }
  // Quantifier.
  const q = p.s[p.i];
  if (q === '?' || q === '*' || q === '+' || q === '{') {
    let min = 1;
    if (q === '?' || q === '*') min = 0;
    if (q === '{') {
      const close = p.s.indexOf('}', p.i);
      min = Number.parseInt(p.s.slice(p.i + 1, close), 10) || 0;
      p.i = close;
    }
    p.i++;
    if (p.s[p.i] === '?') p.i++; // lazy
    if (item) {
      item.required = min > 0;
      item.repeats = true;
    }
  }
  return item;
}

/** ASCII punctuation: never a word character. */
function isPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}

/** Every match contains at least one word of the returned set; null when no such set is known. */
function wordsOfAlternatives(alternatives: Item[][]): string[] | null {
  const all: string[] = [];
  for (const sequence of alternatives) {
    const words = wordsOfSequence(sequence);
    if (!words) return null;
    all.push(...words);
  }
  return all;
}

function wordsOfSequence(sequence: Item[]): string[] | null {
  const candidates = candidateSets(sequence);
  if (candidates.length === 0) return null;
  // The best set is the one whose shortest word is longest (fewest false hits), then the smallest.
  const score = (set: string[]) => Math.min(...set.map((w) => w.length)) * 100 - set.length;
  return candidates.reduce((best, set) => (score(set) > score(best) ? set : best));
}

function candidateSets(sequence: Item[]): string[][] {
  const candidates: string[][] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 2) candidates.push([run]);
    run = '';
  };
  for (const item of sequence) {
    if (item.group) {
      flush();
      if (item.required) {
        const words = wordsOfAlternatives(item.group);
        if (words) candidates.push(words);
      }
      continue;
    }
    if (item.ch && item.required) {
      run += item.ch;
      if (item.repeats) flush();
    } else {
      flush();
    }
  }
  flush();
  return candidates;
}
