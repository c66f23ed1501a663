// The engine against the labelled development corpus (../shared/corpus): the bar per
// language. Skipped with a visible notice only when the corpus folder is not beside the repo.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { evaluateCorpus, missedTargets } from '../../src/core/evaluate';
import { CORPUS_DIR, devCorpusPresent, loadDevCorpus, loadOwnCorpus } from './dev-corpus';

if (!devCorpusPresent)
  console.warn(`corpus-targets: no corpus at ${CORPUS_DIR} (set KLARHEIT_CORPUS_DIR); skipping`);

describe.skipIf(!devCorpusPresent)('development corpus', () => {
  it('reaches chaser F1 ≥ 0.95, accuracy ≥ 0.90 and ≤ 2 % false alarms per language', () => {
    const report = evaluateCorpus(loadDevCorpus(), (input) => analyze(input));
    expect(missedTargets(report)).toEqual([]);
    expect(report.all.emails).toBe(260);
  });

  it('names the language of every email correctly', () => {
    for (const item of loadDevCorpus()) {
      expect(analyze(item).language, item.id).toBe(item.lang);
    }
  });
});

// Sets written for this project by people who never saw the rules; they live in the repo, so they
// run everywhere, also where the shared corpus is absent.
describe("the project's own held-out emails (test/fixtures/corpus)", () => {
  for (const [file, count] of [
    ['klarheit-own.json', 120],
    ['klarheit-blind-2.json', 100],
    ['klarheit-blind-3.json', 80],
    ['klarheit-blind-4.json', 60],
    ['klarheit-blind-5.json', 80],
    ['klarheit-blind-6.json', 60],
    ['klarheit-blind-7.json', 64],
    ['klarheit-blind-8.json', 48],
    ['klarheit-blind-9.json', 48],
    ['klarheit-blind-10.json', 48],
    ['klarheit-blind-11.json', 48],
  ] as const) {
    it(`reaches the same bar on ${file}`, () => {
      const items = loadOwnCorpus(file);
      const report = evaluateCorpus(items, (input) => analyze(input));
      expect(missedTargets(report)).toEqual([]);
      expect(report.all.emails).toBe(count);
    });
  }
});
