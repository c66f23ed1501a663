// What the Smart Alerts dialog gets for each verdict, setting and client capability.
import { describe, expect, it } from 'vitest';
import type { Analysis, Verdict } from '../../src/core/types';
import { sendCheckResult, TASKPANE_COMMAND_ID } from '../../src/outlook/send-check';
import { defaultOutlookSettings, type OutlookSettings } from '../../src/outlook/settings';
import { analysisOf, phraseFinding } from '../helpers/analysis';

const analysis = (verdict: Verdict, signals: Partial<Analysis['signals']> = {}, phrase?: string): Analysis =>
  analysisOf(verdict, {
    signals,
    findings: phrase ? [{ ...phraseFinding('chaser-phrase', phrase), message: '…' }] : [],
    newText: phrase ?? '',
  });

const settings = (patch: Partial<OutlookSettings> = {}): OutlookSettings => ({
  ...defaultOutlookSettings,
  ...patch,
});
const newest = { dialogActions: true, markdown: true };
const oldest = { dialogActions: false, markdown: false };

describe('sendCheckResult', () => {
  it('stops a chaser with a one-line reason in the rep’s language', () => {
    const de = sendCheckResult(analysis('chaser'), settings(), 'de', oldest);
    expect(de).toEqual({ allowEvent: false, errorMessage: expect.stringContaining('fasst nur nach') });
    const en = sendCheckResult(analysis('chaser'), settings(), 'en', oldest);
    expect(en.errorMessage).toContain('only chases');
    expect(en.errorMessage).not.toContain('\n');
  });

  it('adds Markdown with the rep’s own phrase, the pane button and "Send anyway" where the client can', () => {
    const result = sendCheckResult(
      analysis('chaser', {}, 'wollte nur *kurz* nachhaken'),
      settings(),
      'de',
      newest,
    );
    expect(result).toMatchObject({
      allowEvent: false,
      cancelLabel: 'Klarheit öffnen',
      commandId: TASKPANE_COMMAND_ID,
      sendModeOverride: 'promptUser',
    });
    expect(result.errorMessageMarkdown).toContain('*„wollte nur kurz nachhaken“*');
    expect(result.cancelLabel!.length).toBeLessThanOrEqual(20);
  });

  it('quotes the chaser phrase rather than other evidence', () => {
    const draft = analysis('chaser', {}, 'wollte nur kurz nachhaken');
    draft.findings.unshift({
      id: 'no-agreement',
      severity: 'warn',
      message: '…',
      evidence: [{ text: 'unser Angebot', start: 0, end: 13 }],
    });
    const result = sendCheckResult(draft, settings(), 'de', newest);
    expect(result.errorMessageMarkdown).toContain('„wollte nur kurz nachhaken“');
    expect(result.errorMessageMarkdown).not.toContain('unser Angebot');
  });

  it('keeps the manifest’s send mode in "block" mode', () => {
    const result = sendCheckResult(analysis('chaser'), settings({ onSendMode: 'block' }), 'en', newest);
    expect(result.allowEvent).toBe(false);
    expect(result).not.toHaveProperty('sendModeOverride');
  });

  it.each<Verdict>(['none', 'follow-up', 'abort', 'weak'])('sends a "%s" email', (verdict) => {
    expect(sendCheckResult(analysis(verdict), settings(), 'de', newest)).toEqual({ allowEvent: true });
  });

  it('stops a weak follow-up only when the rep opted in, naming what is missing', () => {
    const weak = analysis('weak', { agreement: true, value: true });
    expect(sendCheckResult(weak, settings({ onSendWeak: true }), 'en', oldest)).toEqual({
      allowEvent: false,
      errorMessage: 'Klarheit: this follow-up still lacks a concrete date. Open Klarheit for a suggestion.',
    });
  });

  it('sends everything when the check is off', () => {
    expect(sendCheckResult(analysis('chaser'), settings({ onSendMode: 'off' }), 'de', newest)).toEqual({
      allowEvent: true,
    });
  });

  it('keeps both message forms within Outlook’s 500 characters', () => {
    const result = sendCheckResult(analysis('chaser', {}, 'x'.repeat(2000)), settings(), 'en', newest);
    expect(result.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(result.errorMessageMarkdown!.length).toBeLessThanOrEqual(500);
  });
});
