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
 * One rule on its own (tests, single checks): each alternative runs when one of its anchor words is
 * in the text. matchAll below gets the same result faster through a shared index.
 */
export function matchRule(rule: Rule, text: string | MatchText, limit = 4): RuleMatch[] {
  const t = typeof text === 'string' ? prepareText(text) : text;
  return matchParts(
    rule,
    t,
    (part) => {
      const anchors = rule.parts[part].anchors;
      return !anchors || anchors.some((word) => t.lower.indexOf(word) >= 0);
    },
    limit,
  );
}

/**
 * Pattern matches at word boundaries; at most a few per rule (evidence, not a concordance). The
 * alternatives' matches merge as one alternation would: leftmost first, the earlier alternative on
 * a tie, no overlaps.
 */
function matchParts(
  rule: Rule,
  t: MatchText,
  isActive: (part: number) => boolean,
  limit: number,
): RuleMatch[] {
  const hits: Array<{ start: number; end: number; part: number }> = [];
  for (let part = 0; part < rule.parts.length; part++) {
    if (!isActive(part)) continue;
    const { regex } = rule.parts[part];
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

function atWordBoundaries(text: string, start: number, end: number): boolean {
  return (
    (start === 0 || !isWordChar(text.charCodeAt(start - 1)) || !isWordChar(text.charCodeAt(start))) &&
    (end === text.length || !isWordChar(text.charCodeAt(end)) || !isWordChar(text.charCodeAt(end - 1)))
  );
}

/**
 * Which rule alternatives a text can match, found in one pass: every anchor word is filed under its
 * first three letters, and the text's three-letter windows are looked up as small integers (no strings
 * made). This replaces hundreds of indexOf scans per email.
 */
interface RuleIndex {
  /** Offset of each rule's first part in the flat part list. */
  firstPart: number[];
  partCount: number;
  /** Parts without anchor words: they always run. */
  always: number[];
  byGram: Map<number, Array<{ word: string; part: number }>>;
}

const INDEXES = new WeakMap<readonly Rule[], RuleIndex>();

function ruleIndex(rules: readonly Rule[]): RuleIndex {
  const cached = INDEXES.get(rules);
  if (cached) return cached;
  const index: RuleIndex = { firstPart: [], partCount: 0, always: [], byGram: new Map() };
  for (const rule of rules) {
    index.firstPart.push(index.partCount);
    for (const part of rule.parts) {
      const id = index.partCount++;
      if (!part.anchors) {
        index.always.push(id);
        continue;
      }
      for (const word of part.anchors) {
        const key = gramKey(word, 0);
        const list = index.byGram.get(key);
        if (list) list.push({ word, part: id });
        else index.byGram.set(key, [{ word, part: id }]);
      }
    }
  }
  INDEXES.set(rules, index);
  return index;
}

/** The three characters at `i` as one integer; -1 when one of them is not ASCII (anchors never are). */
function gramKey(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  if ((a | b | c) > 127) return -1;
  return (a << 14) | (b << 7) | c;
}

export function matchAll(rules: readonly Rule[], text: string): RuleMatch[] {
  const t = prepareText(text);
  const index = ruleIndex(rules);
  const active = new Uint8Array(index.partCount);
  for (const id of index.always) active[id] = 1;
  const lower = t.lower;
  for (let i = 0; i + 3 <= lower.length; i++) {
    const key = gramKey(lower, i);
    if (key < 0) continue;
    const candidates = index.byGram.get(key);
    if (!candidates) continue;
    for (const c of candidates) if (!active[c.part] && lower.startsWith(c.word, i)) active[c.part] = 1;
  }
  const all: RuleMatch[] = [];
  rules.forEach((rule, r) => {
    const first = index.firstPart[r];
    for (const match of matchParts(rule, t, (part) => active[first + part] === 1, 4)) all.push(match);
  });
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
