// matchAll finds matches through a word index: an alternative runs only when its words are in the
// text, and one with leading words is tried only where a word starts with one. Those are shortcuts,
// never changes: on any text, matchAll must give exactly what each rule's plain regex scan gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchAll, matchRule, type RuleMatch } from '../../src/core/match';
import { RULES } from '../../src/core/rules';
import { compileRules } from '../../src/core/rules/compile';

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

describe('matchAll on made-up patterns', () => {
  // Small patterns of the shapes rules use (optional and repeated groups, umlauts, spaces, apostrophes,
  // digit classes, \\w), against texts made from their own letters: the word index must never lose a match.
  const atom = fc.constantFrom('a', 'b', 'ab', 'ü', 'ä', 'ss', ' ', "'", '[0-9]', '\\w', '-', 'x');
  const quantifier = fc.constantFrom('', '?', '*', '+', '{0,2}');
  const simple = fc.array(atom, { minLength: 1, maxLength: 3 }).map((items) => items.join(''));
  const group = fc
    .tuple(fc.array(simple, { minLength: 1, maxLength: 2 }), quantifier)
    .map(([alternatives, q]) => `(?:${alternatives.join('|')})${q}`);
  const sequence = fc
    .array(fc.oneof({ weight: 2, arbitrary: atom }, { weight: 1, arbitrary: group }), {
      minLength: 1,
      maxLength: 4,
    })
    .map((items) => items.join(''));
  const pattern = fc.array(sequence, { minLength: 1, maxLength: 2 }).map((a) => a.join('|'));
  /** The pattern's letters as text ("(?:ab)?c[0-9]" → "ab c5"), so matches are likely. */
  const literal = (source: string) =>
    source
      .replace(/\(\?:|\)|[?*+]|\{0,2\}/g, '')
      .replace(/\|/g, ' ')
      .replace(/\[0-9\]/g, '5')
      .replace(/\\w/g, 'w');
  const piece = fc.constantFrom(
    'a',
    'b',
    'ü',
    'ue',
    'ä',
    'ae',
    'ß',
    'ss',
    ' ',
    "'",
    '’',
    '1',
    'x',
    '-',
    '_',
    'B',
  );
  const textFor = (source: string) =>
    fc
      .array(fc.oneof(piece, fc.constant(literal(source)), fc.constant(literal(source).toUpperCase())), {
        maxLength: 6,
      })
      .map((pieces) => pieces.join(''));

  it('finds exactly the matches of a plain scan', () => {
    fc.assert(
      fc.property(
        pattern.chain((source) =>
          fc.tuple(fc.constant(source), fc.array(textFor(source), { minLength: 1, maxLength: 6 })),
        ),
        ([source, texts]) => {
          const rules = compileRules('de', [
            { id: 'de.chaser.made-up', signal: 'chaser', pattern: new RegExp(source), flag: [], pass: [] },
          ]);
          for (const t of texts) {
            expect(matchAll(rules, t).map(key), `/${source}/ on "${t}"`).toEqual(
              matchRule(rules[0], t).map(key),
            );
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
