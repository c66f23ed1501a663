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

/** Pattern matches at word boundaries; at most a few per rule (evidence, not a concordance). */
export function matchRule(rule: Rule, text: string, limit = 4, lower = lowerForMatching(text)): RuleMatch[] {
  const found: RuleMatch[] = [];
  if (rule.anchors && !rule.anchors.some((word) => lower.indexOf(word) >= 0)) return found;
  const re = rule.regex;
  re.lastIndex = 0;
  let m: RegExpExecArray | null = re.exec(lower);
  while (m !== null && found.length < limit) {
    const start = m.index;
    const end = start + m[0].length;
    const atBoundary =
      m[0].length > 0 &&
      (start === 0 || !isWordChar(text.charCodeAt(start - 1)) || !isWordChar(text.charCodeAt(start))) &&
      (end === text.length || !isWordChar(text.charCodeAt(end)) || !isWordChar(text.charCodeAt(end - 1)));
    if (atBoundary) {
      found.push({ rule, signal: rule.signal, start, end, text: text.slice(start, end) });
      re.lastIndex = end;
    } else {
      re.lastIndex = start + 1;
    }
    m = re.exec(lower);
  }
  return found;
}

export function matchAll(rules: readonly Rule[], text: string): RuleMatch[] {
  const all: RuleMatch[] = [];
  const lower = lowerForMatching(text);
  for (const rule of rules) {
    for (const match of matchRule(rule, text, 4, lower)) all.push(match);
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
