// Every rule is checked against its own examples, LanguageTool style: each `flag` example must match
// with exactly the [bracketed] evidence span, each `pass` example must not match at all.
import { describe, expect, it } from 'vitest';
import { matchRule } from '../../src/core/match';
import { RULES } from '../../src/core/rules';

function unmark(example: string): { text: string; start: number; end: number } {
  const start = example.indexOf('[');
  const end = example.indexOf(']');
  if (start < 0 || end < start) throw new Error(`flag example needs a [marked span]: ${example}`);
  return {
    text: example.slice(0, start) + example.slice(start + 1, end) + example.slice(end + 1),
    start,
    end: end - 1,
  };
}

for (const lang of ['de', 'en'] as const) {
  describe(`${lang} rules`, () => {
    const ids = new Set<string>();
    for (const rule of RULES[lang]) {
      it(`${rule.id} flags its examples and passes its counter-examples`, () => {
        expect(ids.has(rule.id), `duplicate id ${rule.id}`).toBe(false);
        ids.add(rule.id);
        expect(rule.id.startsWith(`${lang}.${rule.signal}.`), 'id starts with language and signal').toBe(
          true,
        );
        expect(rule.flag.length).toBeGreaterThan(0);
        expect(rule.pass.length).toBeGreaterThan(0);
        for (const example of rule.flag) {
          const { text, start, end } = unmark(example);
          const first = matchRule(rule, text)[0];
          expect(first ? text.slice(first.start, first.end) : null, example).toBe(text.slice(start, end));
        }
        for (const example of rule.pass) {
          expect(
            matchRule(rule, example).map((m) => m.text),
            example,
          ).toEqual([]);
        }
      });
    }
  });
}
