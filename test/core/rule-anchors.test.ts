// The matcher skips a rule when none of its anchor words is in the text, so an anchor set that
// misses a real match would silently lose it: every flag example must contain one of its words.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import { requiredWords } from '../../src/core/rules/anchors';

describe('rule anchors', () => {
  it('derives the words every match must contain', () => {
    expect(requiredWords(/(?:wollte|möchte) (?:nur )?nachhaken|nachfassen/.source)).toEqual([
      'nachhaken',
      'nachfassen',
    ]);
    expect(requiredWords(/just (?:checking|check) in/.source)).toEqual(['checking', 'check']);
    expect(requiredWords(/(?:am )?[0-9]+ uhr/.source)).toBeNull();
  });

  for (const lang of ['de', 'en'] as const) {
    it(`${lang}: every flag example contains one of its rule's anchor words`, () => {
      for (const rule of RULES[lang]) {
        if (!rule.anchors) continue;
        for (const example of rule.flag) {
          const text = example.replace(/[[\]]/g, '').toLowerCase();
          expect(
            rule.anchors.some((w) => text.includes(w)),
            `${rule.id}: ${example}`,
          ).toBe(true);
        }
      }
    });
  }
});
