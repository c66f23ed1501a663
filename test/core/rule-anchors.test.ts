// The matcher skips a rule when none of its anchor words is in the text, so an anchor set that
// misses a real match would silently lose it: every flag example must contain one of its words.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import { requiredWords } from '../../src/core/rules/anchors';
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

  for (const lang of ['de', 'en'] as const) {
    it(`${lang}: every alternative that matches a flag example has its anchor word in it`, () => {
      for (const rule of RULES[lang]) {
        for (const example of rule.flag) {
          const text = example.replace(/[[\]]/g, '').toLowerCase();
          for (const part of rule.parts) {
            part.regex.lastIndex = 0;
            if (!part.regex.test(text) || !part.anchors) continue;
            expect(
              part.anchors.some((w) => text.includes(w)),
              `${rule.id}: ${example}`,
            ).toBe(true);
          }
        }
      }
    });
  }

  it('splits a pattern only at its top-level alternatives', () => {
    expect(topLevelAlternatives('a(?:b|c)|[|]d|e\\|f')).toEqual(['a(?:b|c)', '[|]d', 'e\\|f']);
  });
});
