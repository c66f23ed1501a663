// Turns a rule's readable pattern into the regex the matcher runs (see RuleSpec.pattern).
import type { Language } from '../types';
import { describePattern } from './anchors';
import type { Rule, RuleSpec } from './types';

const WORD_CHARS = "\\wÀ-ɏ’'\\-";

const LETTER_VARIANTS: Record<string, string> = {
  ä: '(?:ä|ae)',
  ö: '(?:ö|oe)',
  ü: '(?:ü|ue)',
  ß: '(?:ß|ss)',
  "'": "['’]",
};

/**
 * Rewrites the source for matching against lower-cased text: literals are lower-cased (escapes such as
 * \\S keep their case), spaces match whitespace runs, umlauts match their ae/oe/ue/ss spellings.
 */
export function expandSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      // \w means "a word character" including umlauts and accents (JavaScript's \w is ASCII only).
      out += next === 'w' ? (inClass ? WORD_CHARS : `[${WORD_CHARS}]`) : ch + next;
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === "'" ? "'’" : ch.toLowerCase();
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ') {
      while (source[i + 1] === ' ') i++;
      // "noch ?mal": the quantifier must apply to the whole whitespace run.
      out += '?*+{'.includes(source[i + 1] ?? '') ? '(?:\\s+)' : '\\s+';
    } else if (ch === '(' && source[i + 1] !== '?') {
      throw new Error('capturing group (use (?:…))');
    } else if (ch === '(' && source[i + 2] === '<') {
      throw new Error('lookbehind or named group (not in the ES2016 runtime)');
    } else {
      const lower = ch.toLowerCase();
      out += LETTER_VARIANTS[lower] ?? lower;
    }
  }
  return out;
}

export function compileRules(lang: Language, specs: RuleSpec[]): Rule[] {
  return specs.map((spec) => {
    try {
      // Lower-case source, no `i` flag: the matcher runs on a lower-cased copy of the text, which lets
      // the regex engine scan for literal prefixes (several times faster than case-insensitive).
      const parts = topLevelAlternatives(spec.pattern.source).map((source) => {
        const expanded = expandSource(source);
        const { wordSets, leading } = describePattern(source);
        // Rules have no `m` flag (only the source is compiled), so `^` is the start of the text.
        const atStart = source.startsWith('^');
        return {
          regex: new RegExp(expanded, 'g'),
          wordSets,
          leading,
          atStart,
          sticky: leading || atStart ? new RegExp(expanded, 'y') : null,
        };
      });
      return { ...spec, lang, parts };
    } catch (error) {
      throw new Error(`rule ${spec.id || spec.pattern}: ${(error as Error).message}`);
    }
  });
}

/** Splits a pattern source at its top-level `|` (outside groups and character classes). */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
    } else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}
