// evaluateCorpus's figures, checked by hand on a corpus and a scripted "engine" whose answers we
// choose, so every metric's definition (SCHEMA.md + issue 2) is pinned down.
import { describe, expect, it } from 'vitest';
import type { Analysis, AnalysisInput, Signals, Verdict } from '../../src/core';
import { type CorpusItem, evaluateCorpus, missedTargets, toCorpusItems } from '../../src/core/evaluate';
import { analysisOf } from '../helpers/analysis';

type Labels = CorpusItem['labels'];

function item(id: string, lang: 'de' | 'en', verdict: Verdict, labels: Partial<Labels> = {}): CorpusItem {
  return {
    id,
    lang,
    format: 'text',
    subject: '',
    body: id, // the scripted engine looks its answer up by body
    labels: {
      is_reminder: verdict !== 'none',
      agreement: false,
      value: false,
      timebound: false,
      abort: verdict === 'abort',
      prior_unanswered: 0,
      verdict,
      ...labels,
    },
  };
}

function scripted(answers: Record<string, [Verdict, Partial<Signals>?, ('de' | 'en')?] | 'throw'>) {
  return (input: AnalysisInput): Analysis => {
    const answer = answers[input.body];
    if (answer === 'throw') throw new Error('boom');
    const [verdict, signals = {}, language = 'de'] = answer;
    return analysisOf(verdict, { signals, language, newText: input.body });
  };
}

describe('evaluateCorpus', () => {
  const corpus = [
    item('c1', 'de', 'chaser'),
    item('c2', 'de', 'chaser'),
    item('c3', 'de', 'chaser'),
    item('n1', 'de', 'none'),
    item('n2', 'de', 'none', { agreement: true, timebound: true }),
    item('w1', 'de', 'weak', { value: true }),
    item('f1', 'de', 'follow-up', { agreement: true, timebound: true }),
    item('e1', 'en', 'chaser'),
  ];
  const engine = scripted({
    c1: ['chaser'],
    c2: ['chaser'],
    c3: ['weak', { value: true }], // a missed chaser
    n1: ['chaser'], // a false alarm, and a false-positive chaser
    n2: ['none'], // its signals differ from the labels but are not scored (not a reminder)
    w1: ['chaser'], // another false-positive chaser; value missed
    f1: ['follow-up', { agreement: true, timebound: true }],
    e1: ['chaser', {}, 'de'], // right verdict, wrong language
  });
  const report = evaluateCorpus(corpus, engine);
  const de = report.languages.de!;

  it('computes accuracy, chaser precision/recall/F1 and false alarms per language', () => {
    expect(de.emails).toBe(7);
    expect(de.accuracy).toBeCloseTo(4 / 7);
    expect(de.chaser.precision).toBeCloseTo(2 / 4);
    expect(de.chaser.recall).toBeCloseTo(2 / 3);
    expect(de.chaser.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(de.falseAlarms).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(report.languages.en!.accuracy).toBe(1);
    expect(report.languages.en!.languageDetection).toBe(0);
    expect(report.all.emails).toBe(8);
  });

  it('fills the confusion matrix as expected × got', () => {
    expect(de.confusion.chaser).toEqual({ none: 0, chaser: 2, weak: 1, 'follow-up': 0, abort: 0 });
    expect(de.confusion.none.chaser).toBe(1);
    expect(de.confusion.weak.chaser).toBe(1);
  });

  it('scores isReminder on every email and the other signals on reminders only', () => {
    expect(de.signals.isReminder).toEqual({ agree: 6, total: 7, rate: 6 / 7 });
    // Reminders: c1, c2, c3, w1, f1. c3 got value wrong, w1 got value wrong.
    expect(de.signals.value).toEqual({ agree: 3, total: 5, rate: 3 / 5 });
    expect(de.signals.agreement).toEqual({ agree: 5, total: 5, rate: 1 });
  });

  it('lists the wrong ids with expected, got and the signals that differ', () => {
    expect(de.wrong).toEqual([
      { id: 'c3', expected: 'chaser', got: 'weak', signals: ['value: expected false, got true'] },
      { id: 'n1', expected: 'none', got: 'chaser', signals: ['isReminder: expected false, got true'] },
      { id: 'w1', expected: 'weak', got: 'chaser', signals: ['value: expected true, got false'] },
    ]);
  });

  it('records an engine error as a wrong answer instead of stopping the run', () => {
    const r = evaluateCorpus(
      [item('x1', 'en', 'chaser'), item('x2', 'en', 'none')],
      scripted({ x1: 'throw', x2: ['none'] }),
    );
    expect(r.languages.en!.wrong).toEqual([
      { id: 'x1', expected: 'chaser', got: 'error', signals: [], error: 'boom' },
    ]);
    expect(r.languages.en!.chaser.recall).toBe(0);
    expect(r.languages.en!.accuracy).toBe(0.5);
  });

  it('names the targets a language misses', () => {
    expect(missedTargets(report)).toEqual([
      expect.stringMatching(/^de: chaser F1 0\.57/),
      'de: accuracy 0.571',
      'de: false alarms 0.500',
    ]);
  });
});

describe('toCorpusItems', () => {
  it('accepts SCHEMA.md items and names the first bad field', () => {
    const good = item('g1', 'de', 'chaser');
    expect(toCorpusItems([good])).toEqual([good]);
    expect(() => toCorpusItems({})).toThrow('a corpus is a JSON array of emails');
    expect(() =>
      toCorpusItems([good, { ...good, id: 'g2', labels: { ...good.labels, verdict: 'maybe' } }]),
    ).toThrow('item 2 (g2): "labels.verdict" must be one of none, chaser, weak, follow-up, abort');
    expect(() => toCorpusItems([{ ...good, labels: { ...good.labels, prior_unanswered: -1 } }])).toThrow(
      '"labels.prior_unanswered" must be a whole number ≥ 0',
    );
  });
});
