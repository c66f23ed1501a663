// The matcher skips an alternative unless a word of each of its word sets is in the text, and tries
// one with leading words only where such a word begins: a set that misses a real match would lose it
// silently, so every flag example must contain a word of each set and start with a leading word.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import { describePattern } from '../../src/core/rules/anchors';
import { topLevelAlternatives } from '../../src/core/rules/compile';

const wordSets = (pattern: RegExp) => describePattern(pattern.source).wordSets;
const leading = (pattern: RegExp) => describePattern(pattern.source).leading;

describe('rule anchors', () => {
  it('derives the words every match must contain', () => {
    // Two alternatives: one set, the best word of each.
    expect(wordSets(/(?:wollte|möchte) (?:nur )?nachhaken|nachfassen/)).toEqual([
      ['nachhaken', 'nachfassen'],
    ]);
    expect(wordSets(/just (?:checking|check) in/)).toEqual([['just'], ['checking', 'check'], ['in']]);
    expect(wordSets(/(?:am )?[0-9]+ uhr/)).toEqual([['uhr']]);
    expect(wordSets(/[0-9]+:[0-9]+/)).toEqual([]);
  });

  it('keeps every word set of a sequence, each a condition of its own', () => {
    expect(wordSets(/(?:habe|hatte) ich (?:Ihnen|euch) (?:\S+ ){0,8}?geschickt/)).toEqual([
      ['habe', 'hatte'],
      ['ich'],
      ['ihnen', 'euch'],
      ['geschickt'],
    ]);
    expect(wordSets(/[0-9]+:[0-9]+/)).toEqual([]);
  });

  it('derives the words every match starts with, or none when a match may start otherwise', () => {
    expect(leading(/(?:rufe|ruf|melde) (?:ich )?an/)).toEqual(['rufe$', 'ruf$', 'melde$']);
    expect(leading(/(?:ab|cd)ef(?:gh)?/)).toEqual(['abef', 'cdef']);
    expect(leading(/bis (?:zum )?/)).toEqual(['bis$']);
    // Letters may follow: not a whole run.
    expect(leading(/kw ?[0-9]+/)).toEqual(['kw']);
    // An optional start: the match starts with it or with what follows.
    expect(leading(/(?:am )?montag/)).toEqual(['am$', 'montag$']);
    // "$": the word is the whole run (what follows is an apostrophe, a space, punctuation or the end).
    expect(leading(/i['’]ll/)).toEqual(['i$']);
    // A digit class stands for the ten digits.
    expect(leading(/(?:at )?[0-2]?[0-9]:[0-5][0-9]/)).toEqual(['at$', ...'0123456789']);
    // An umlaut also matches its two-letter spelling.
    expect(leading(/über/)).toEqual(['über$', 'ueber$']);
    // Eight letters are enough to find a word start.
    expect(leading(/überarbeitet/)).toEqual(['überarbe', 'ueberarb']);
    expect(leading(/(?:ü|ue)ber/)).toEqual(['über$', 'ueber$']);
    expect(leading(/ (?:über)/)).toBeNull();
    expect(leading(/\w+ anbei/)).toBeNull();
    // What follows an optional or repeated group is not known inside it: no whole-run word there.
    expect(leading(/(?:ab)?cd/)).toEqual(['ab', 'cd$']);
    expect(leading(/(?:ab)+cd/)).toEqual(['ab']);
    expect(leading(/x(?:ab|c)de/)).toEqual(['xabde$', 'xcde$']);
  });

  for (const lang of ['de', 'en'] as const) {
    it(`${lang}: every alternative that matches a flag example holds its words and starts with a leading one`, () => {
      for (const rule of RULES[lang]) {
        for (const example of rule.flag) {
          const text = example.replace(/[[\]]/g, '').toLowerCase();
          for (const part of rule.parts) {
            part.regex.lastIndex = 0;
            const m = part.regex.exec(text);
            if (!m) continue;
            for (const set of part.wordSets) {
              expect(
                set.some((w) => text.includes(w)),
                `${rule.id}: ${example}`,
              ).toBe(true);
            }
            if (part.leading) {
              expect(
                part.leading.some((w) =>
                  w.endsWith('$')
                    ? text.startsWith(w.slice(0, -1), m.index) &&
                      !/[\wÀ-ɏ]/.test(text[m.index + w.length - 1] ?? '')
                    : text.startsWith(w, m.index),
                ),
                `${rule.id}: ${example}`,
              ).toBe(true);
            }
          }
        }
      }
    });
  }

  it('splits a pattern only at its top-level alternatives', () => {
    expect(topLevelAlternatives('a(?:b|c)|[|]d|e\\|f')).toEqual(['a(?:b|c)', '[|]d', 'e\\|f']);
  });
});
