// What an audit summary counts: verdicts, the missing clarity element, and normalised chaser
// phrases — aggregates only.
import { describe, expect, it } from 'vitest';
import { AuditTally } from '../../src/cli/audit-tally';
import type { Finding, Signals, Verdict } from '../../src/core';
import { analysisOf, phraseFinding } from '../helpers/analysis';

const analysis = (verdict: Verdict, signals: Partial<Signals> = {}, findings: Finding[] = []) =>
  analysisOf(verdict, { signals, findings });
const phrase = phraseFinding;

describe('AuditTally', () => {
  it('counts verdicts, reminders, skipped and failed messages', () => {
    const tally = new AuditTally();
    tally.add(analysis('none'));
    tally.add(analysis('chaser'));
    tally.add(analysis('weak', { value: true }));
    tally.add(analysis('follow-up', { agreement: true, timebound: true }));
    tally.add(analysis('abort'));
    tally.skip();
    tally.fail();
    const s = tally.summary();
    expect(s).toMatchObject({ messages: 7, analyzed: 5, failed: 1, reminders: 4 });
    expect(s.verdicts).toEqual({ none: 1, chaser: 1, weak: 1, 'follow-up': 1, abort: 1 });
  });

  it('names the element missing most often from chaser and weak reminders only', () => {
    const tally = new AuditTally();
    tally.add(analysis('weak', { agreement: true, value: true })); // missing: time
    tally.add(analysis('weak', { agreement: true })); // missing: value, time
    tally.add(analysis('chaser', { timebound: true })); // missing: agreement, value
    tally.add(analysis('follow-up', { agreement: true, timebound: true })); // not counted
    tally.add(analysis('none')); // not counted
    const s = tally.summary();
    expect(s.missing).toEqual({ agreement: 1, value: 2, timebound: 2 });
    expect(s.mostMissing).toBe('value');
    expect(new AuditTally().summary().mostMissing).toBeNull();
  });

  it('counts chaser phrases case- and space-insensitively, most frequent first, top N', () => {
    const tally = new AuditTally();
    tally.add(analysis('chaser', {}, [phrase('chaser-phrase', 'wollte nur kurz  nachhaken,')]));
    tally.add(analysis('chaser', {}, [phrase('chaser-phrase', 'Wollte nur kurz nachhaken')]));
    tally.add(analysis('chaser', {}, [phrase('chaser-phrase', 'just checking in')]));
    tally.add(analysis('weak', {}, [phrase('pressure', 'last chance'), phrase('no-agreement', 'Angebot')]));
    const s = tally.summary(1);
    expect(s.chaserPhrases).toEqual([{ phrase: 'wollte nur kurz nachhaken', count: 2 }]);
    expect(tally.summary().chaserPhrases).toEqual([
      { phrase: 'wollte nur kurz nachhaken', count: 2 },
      { phrase: 'just checking in', count: 1 },
    ]);
  });
});
