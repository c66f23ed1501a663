// The human-readable report: verdict first, findings with their quoted phrases, then suggestions
// with the recommended one marked — and no ANSI codes unless colour is on.
import { describe, expect, it } from 'vitest';
import { painter } from '../../src/cli/colour';
import { formatReport } from '../../src/cli/report';
import type { Analysis } from '../../src/core';

const chaser: Analysis = {
  language: 'de',
  verdict: 'chaser',
  signals: {
    isReminder: true,
    agreement: false,
    value: false,
    timebound: false,
    abort: false,
    priorUnanswered: 2,
  },
  findings: [
    {
      id: 'chaser-phrase',
      severity: 'warn',
      message: '„Nachhaken“ ohne Anlass.',
      evidence: [{ text: 'wollte nur kurz\nnachhaken', start: 4, end: 29 }],
    },
    { id: 'no-time', severity: 'info', message: 'Kein konkreter nächster Schritt mit Datum.', evidence: [] },
  ],
  suggestions: [
    { kind: 'abort', text: 'Sehr geehrte Frau Dr. Neumann,\n\nich schließe den Vorgang.', recommended: true },
    { kind: 'follow-up', text: 'Sehr geehrte Frau Dr. Neumann,\n\nwie vereinbart …' },
  ],
  threadAgreement: { text: 'Melden Sie sich  nach der Sitzung am 12.', date: '2026-12-12' },
  zones: { newText: '', signature: '', quoted: '', hasThread: true },
};

describe('formatReport', () => {
  const plain = formatReport(chaser, 'draft.eml', painter(false));

  it('leads with the file, the verdict and the signals', () => {
    const [first, second] = plain.split('\n');
    expect(first).toBe('draft.eml  CHASER — a reminder with no agreement and no new value (de)');
    expect(second).toContain('agreement: no · new value: no · concrete time: no · earlier unanswered: 2');
    expect(plain).toContain(
      'Agreement in the quoted thread (2026-12-12): "Melden Sie sich nach der Sitzung am 12."',
    );
  });

  it('quotes each finding’s evidence on one line under its message', () => {
    expect(plain).toContain('  ! „Nachhaken“ ohne Anlass.\n      "wollte nur kurz nachhaken"\n');
    expect(plain).toContain('  · Kein konkreter nächster Schritt mit Datum.');
  });

  it('lists suggestions with the recommended one marked, text indented', () => {
    expect(plain).toContain(
      'Suggestions\n  Clean abort (recommended)\n    Sehr geehrte Frau Dr. Neumann,\n\n    ich schließe',
    );
    expect(plain).toContain('  Defined follow-up\n    Sehr geehrte');
    expect(plain.endsWith('wie vereinbart …')).toBe(true);
  });

  it('colours only when asked to', () => {
    expect(plain).not.toContain('\x1b[');
    expect(formatReport(chaser, 'draft.eml', painter(true))).toContain('\x1b[31mCHASER\x1b[39m');
  });

  it('keeps a non-reminder to one line', () => {
    const none: Analysis = {
      ...chaser,
      verdict: 'none',
      signals: { ...chaser.signals, isReminder: false },
      findings: [],
      suggestions: [],
    };
    delete none.threadAgreement;
    expect(formatReport(none, 'invoice.txt', painter(false))).toBe(
      'invoice.txt  not a reminder — nothing to check (de)',
    );
  });
});
