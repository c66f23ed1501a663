// matchAll finds matches through a word index: an alternative runs only when its words are in the
// text, and one with leading words is tried only where a word starts with one. Those are shortcuts,
// never changes: on any text, matchAll must give exactly what each rule's plain regex scan gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchAll, matchRule, type RuleMatch } from '../../src/core/match';
import { RULES } from '../../src/core/rules';

const key = (m: RuleMatch) => `${m.rule.id} ${m.start}-${m.end} ${m.text}`;

function bothWays(lang: 'de' | 'en', text: string) {
  const indexed = matchAll(RULES[lang], text).map(key).sort();
  const scanned = RULES[lang]
    .flatMap((rule) => matchRule(rule, text))
    .map(key)
    .sort();
  return { indexed, scanned };
}

for (const lang of ['de', 'en'] as const) {
  // Pieces the rules care about, glued with what breaks words apart or joins them.
  const examples = RULES[lang]
    .flatMap((rule) => [...rule.flag, ...rule.pass])
    .map((e) => e.replace(/[[\]]/g, ''));
  const glue = fc.constantFrom(' ', '', '\n', ', ', 'ü', '_', '-', '’', '3', 'X', '  ', '\n> ');
  const piece = fc.oneof(
    fc.constantFrom(...examples),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...examples).map((e) => e.toUpperCase()),
    fc.constantFrom(...examples).map((e) => e.slice(1)),
  );
  const text = fc.array(fc.tuple(piece, glue), { maxLength: 8 }).map((parts) => parts.flat().join(''));

  describe(`${lang}: matchAll`, () => {
    it('finds exactly the matches of a plain scan on every rule example', () => {
      for (const example of examples) {
        const { indexed, scanned } = bothWays(lang, example);
        expect(indexed, example).toEqual(scanned);
      }
    });

    it('finds exactly the matches of a plain scan on random texts made of rule examples', () => {
      fc.assert(
        fc.property(text, (t) => {
          const { indexed, scanned } = bothWays(lang, t);
          expect(indexed).toEqual(scanned);
        }),
        { numRuns: 300 },
      );
    });
  });
}
