// A rewrite the engine itself would flag is a bug (LanguageTool's correction check): for every
// reminder in the development corpus and the project's own sets, each suggested follow-up, put in place of the rep's new text in
// the same draft, must come out `follow-up`, and each abort `abort`.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { replaceNewText } from '../../src/core/insert';
import { devCorpusPresent, loadDevCorpus, loadOwnCorpus } from './dev-corpus';

const NOW = '2026-11-27T09:00:00Z';

describe('suggestions judged by the engine', () => {
  const own = [
    'klarheit-own.json',
    'klarheit-blind-2.json',
    'klarheit-blind-3.json',
    'klarheit-blind-4.json',
    'klarheit-blind-5.json',
    'klarheit-blind-6.json',
    'klarheit-blind-7.json',
    'klarheit-blind-8.json',
    'klarheit-blind-9.json',
    'klarheit-blind-10.json',
    'klarheit-blind-11.json',
  ].flatMap(loadOwnCorpus);
  const reminders = [...(devCorpusPresent ? loadDevCorpus() : []), ...own].filter(
    (item) => item.labels.is_reminder,
  );

  it('covers the reminders of the corpora', () => {
    expect(reminders.length).toBeGreaterThan(150);
  });

  for (const kind of ['follow-up', 'abort'] as const) {
    it(`every suggested ${kind} is judged ${kind}`, () => {
      const wrong: string[] = [];
      let checked = 0;
      for (const item of reminders) {
        const analysis = analyze({ ...item, now: NOW });
        for (const s of analysis.suggestions.filter((x) => x.kind === kind)) {
          checked++;
          const replacement = item.format === 'html' ? (s.html ?? s.text) : s.text;
          const body = replaceNewText(item.body, item.format, replacement);
          const again = analyze({ subject: item.subject, body, format: item.format, now: NOW });
          if (again.verdict !== kind) wrong.push(`${item.id}: ${again.verdict} — ${s.text.slice(0, 120)}`);
        }
      }
      expect(checked).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    });
  }
});
