// The matcher skips an alternative unless a word of each of its word sets is in the text, and tries
// one with leading words only where such a word begins: a set that misses a real match would lose it
// silently, so every flag example must contain a word of each set and start with a leading word.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import { leadingWords, requiredChars, requiredWordSets, requiredWords } from '../../src/core/rules/anchors';
import { topLevelAlternatives } from '../../src/core/rules/compile';

describe('rule anchors', () => {
  it('derives the words every match must contain', () => {
    expect(requiredWords(/(?:wollte|möchte) (?:nur )?nachhaken|nachfassen/.source)).toEqual([
      'nachhaken',
      'nachfassen',
    ]);
    expect(requiredWords(/just (?:checking|check) in/.source)).toEqual(['checking', 'check']);
    expect(requiredWords(/(?:am )?[0-9]+ uhr/.source)).toEqual(['uhr']);
    expect(requiredWords(/[0-9]+:[0-9]+/.source)).toBeNull();
  });

  it('keeps every word set of a sequence, each a condition of its own', () => {
    expect(requiredWordSets(/(?:habe|hatte) ich (?:Ihnen|euch) (?:\S+ ){0,8}?geschickt/.source)).toEqual([
      ['habe', 'hatte'],
      ['ich'],
      ['ihnen', 'euch'],
      ['geschickt'],
    ]);
    expect(requiredWordSets(/[0-9]+:[0-9]+/.source)).toEqual([]);
  });

  it('derives the words every match starts with, or none when a match may start otherwise', () => {
    expect(leadingWords(/(?:rufe|ruf|melde) (?:ich )?an/.source)).toEqual(['rufe', 'ruf', 'melde']);
    expect(leadingWords(/(?:ab|cd)ef(?:gh)?/.source)).toEqual(['abef', 'cdef']);
    expect(leadingWords(/bis (?:zum )?/.source)).toEqual(['bis']);
    // An optional start: the match starts with it or with what follows.
    expect(leadingWords(/(?:am )?montag/.source)).toEqual(['am', 'montag']);
    expect(leadingWords(/i['’]ll/.source)).toEqual(['i']);
    // A digit class stands for the ten digits.
    expect(leadingWords(/(?:at )?[0-2]?[0-9]:[0-5][0-9]/.source)).toEqual(['at', ...'0123456789']);
    expect(leadingWords(/kw ?[0-9]+/.source)).toEqual(['kw']);
    // An umlaut also matches its two-letter spelling.
    expect(leadingWords(/überarbeitet/.source)).toEqual(['überarbeitet', 'ueberarbeitet']);
    expect(leadingWords(/(?:ü|ue)ber/.source)).toEqual(['über', 'ueber']);
    expect(leadingWords(/ (?:über)/.source)).toBeNull();
    expect(leadingWords(/\w+ anbei/.source)).toBeNull();
  });

  it('derives the characters every match contains', () => {
    expect(requiredChars(/[01]?[0-9]\/[0-3]?[0-9]/.source)).toEqual(['/', '0']);
    expect(requiredChars(/(?:a|b)\d+%|c\d%/.source)).toEqual(['%', '0']);
    expect(requiredChars(/^(?:und|\?)[\s?!.]*\?/.source)).toEqual(['?']);
    // "." is any character, "'" any apostrophe, \D no digit.
    expect(requiredChars(/x'y.z\D/.source)).toEqual([]);
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
            for (const c of part.chars) {
              expect(c === '0' ? /[0-9]/.test(text) : text.includes(c), `${rule.id}: ${example}`).toBe(true);
            }
            if (part.leading) {
              expect(
                part.leading.some((w) => text.startsWith(w, m.index)),
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
