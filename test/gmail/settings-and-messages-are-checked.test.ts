// Settings come from chrome.storage (the rep) and managed storage (the admin); messages arrive from a
// content script. Neither is trusted: both are checked field by field.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { factAsAnalysis, isContentMessage, usageFact } from '../../src/gmail/messages';
import {
  defaultSettings,
  mergeSettings,
  normalizeSettings,
  statsOrigin,
  uiLanguage,
} from '../../src/gmail/settings';
import { eventFromAnalysis } from '../../src/stats/client';

describe('settings', () => {
  it('default to warn on send, stats off, language of Gmail, abort after 2 unanswered', () => {
    expect(mergeSettings({}, {})).toEqual({ settings: defaultSettings, locked: [] });
    expect(defaultSettings).toMatchObject({
      onSend: 'warn',
      statsEnabled: false,
      language: 'auto',
      abortThreshold: 2,
    });
  });

  it('drop unknown keys and invalid values instead of failing', () => {
    expect(
      normalizeSettings({
        onSend: 'explode',
        abortThreshold: 0,
        language: 'fr',
        statsEnabled: 'yes',
        extra: 1,
      }),
    ).toEqual({});
    expect(normalizeSettings({ abortThreshold: 3, onSend: 'block', language: 'de' })).toEqual({
      abortThreshold: 3,
      onSend: 'block',
      language: 'de',
    });
  });

  it('let an administrator policy win over the rep and report which settings it locks', () => {
    const { settings, locked } = mergeSettings(
      { onSend: 'off', statsEnabled: false },
      { onSend: 'block', statsEnabled: true, statsEndpoint: 'https://stats.example.com/' },
    );
    expect(settings.onSend).toBe('block');
    expect(settings.statsEnabled).toBe(true);
    expect(locked.sort()).toEqual(['onSend', 'statsEnabled', 'statsEndpoint']);
  });

  it('request a host permission for the stats origin only, over https (http only on this machine)', () => {
    expect(statsOrigin('https://stats.example.com/api/events')).toBe('https://stats.example.com/*');
    expect(statsOrigin('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
    expect(statsOrigin('http://stats.example.com')).toBeNull();
    expect(statsOrigin('not a url')).toBeNull();
    expect(normalizeSettings({ statsEndpoint: 'ftp://x' })).toEqual({});
  });

  it('show our texts in the rep’s chosen language, else Gmail’s', () => {
    expect(uiLanguage({ ...defaultSettings, language: 'auto' }, 'de')).toBe('de');
    expect(uiLanguage({ ...defaultSettings, language: 'en' }, 'de')).toBe('en');
  });
});

describe('messages to the service worker', () => {
  const analysis = {
    verdict: 'chaser',
    language: 'de',
    signals: {
      isReminder: true,
      agreement: false,
      value: true,
      timebound: false,
      abort: false,
      priorUnanswered: 2,
    },
  } as Analysis;

  it('carry only the verdict, the signals (booleans and a count), the language and the action', () => {
    const fact = usageFact('held-on-send', analysis);
    expect(fact).toEqual({
      action: 'held-on-send',
      verdict: 'chaser',
      lang: 'de',
      signals: {
        isReminder: true,
        agreement: false,
        value: true,
        timebound: false,
        abort: false,
        priorUnanswered: 2,
      },
    });
    // What the stats client turns it into: the missing elements and the count, nothing else.
    expect(
      eventFromAnalysis(factAsAnalysis(fact), fact.action, 'gmail', { id: 'i', ts: 't', rep: 'r' }),
    ).toEqual({
      id: 'i',
      ts: 't',
      rep: 'r',
      host: 'gmail',
      lang: 'de',
      verdict: 'chaser',
      missing: ['agreement', 'timebound'],
      priorUnanswered: 2,
      action: 'held-on-send',
    });
  });

  it('are accepted only when every field fits', () => {
    const fact = usageFact('sent-anyway', analysis);
    expect(isContentMessage({ type: 'usage', fact, account: 'rep@example.com' })).toBe(true);
    expect(isContentMessage({ type: 'open-options' })).toBe(true);
    expect(isContentMessage({ type: 'usage', fact: { ...fact, action: 'deleted' }, account: '' })).toBe(
      false,
    );
    const refused = (changed: object) => isContentMessage({ type: 'usage', fact: changed, account: '' });
    // Any extra field could carry text, so none is let through.
    expect(refused({ ...fact, subject: 'Angebot' })).toBe(false);
    expect(refused({ ...fact, lang: 'fr' })).toBe(false);
    expect(refused({ ...fact, signals: { ...fact.signals, priorUnanswered: -1 } })).toBe(false);
    expect(refused({ ...fact, signals: { ...fact.signals, agreement: 'wie besprochen' } })).toBe(false);
    expect(refused({ ...fact, signals: { ...fact.signals, evidence: 'nachhaken' } })).toBe(false);
    expect(isContentMessage({ type: 'usage', fact })).toBe(false);
    expect(isContentMessage({ type: 'eval', code: '1' })).toBe(false);
    expect(isContentMessage(null)).toBe(false);
  });
});
