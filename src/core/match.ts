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

/** Longest pattern match at word boundaries; at most a few per rule (evidence, not a concordance). */
export function matchRule(rule: Rule, text: string, limit = 4): RuleMatch[] {
  const found: RuleMatch[] = [];
  const re = rule.regex;
  re.lastIndex = 0;
  let m: RegExpExecArray | null = re.exec(text);
  while (m !== null && found.length < limit) {
    const start = m.index;
    const end = start + m[0].length;
    const atBoundary =
      m[0].length > 0 &&
      (start === 0 || !isWordChar(text.charCodeAt(start - 1)) || !isWordChar(text.charCodeAt(start))) &&
      (end === text.length || !isWordChar(text.charCodeAt(end)) || !isWordChar(text.charCodeAt(end - 1)));
    if (atBoundary) {
      found.push({ rule, signal: rule.signal, start, end, text: m[0] });
      re.lastIndex = end;
    } else {
      re.lastIndex = start + 1;
    }
    m = re.exec(text);
  }
  return found;
}

export function matchAll(rules: readonly Rule[], text: string): RuleMatch[] {
  const all: RuleMatch[] = [];
  for (const rule of rules) {
    for (const match of matchRule(rule, text)) all.push(match);
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
