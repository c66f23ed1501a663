// The rep's settings as stored in the mailbox: whatever is there, the add-in starts with sane values.
import { describe, expect, it } from 'vitest';
import {
  defaultOutlookSettings,
  isStatsEndpoint,
  parseSettings,
  readSettings,
  SETTINGS_KEY,
  saveSettings,
} from '../../src/outlook/settings';
import { createFakeOffice } from './helpers';

describe('parseSettings', () => {
  it('keeps well-formed values', () => {
    const stored = {
      uiLanguage: 'de',
      abortThreshold: 3,
      onSendMode: 'block',
      onSendWeak: true,
      stats: false,
      statsEndpoint: ' https://stats.example.com ',
      teamKey: ' kt_abc ',
    };
    expect(parseSettings(stored)).toEqual({
      ...stored,
      statsEndpoint: 'https://stats.example.com',
      teamKey: 'kt_abc',
    });
  });

  it('falls back to the defaults for damaged or foreign values', () => {
    expect(parseSettings(undefined)).toEqual(defaultOutlookSettings);
    expect(parseSettings('{"onSendMode":"off"}')).toEqual(defaultOutlookSettings);
    expect(
      parseSettings({
        uiLanguage: 'fr',
        abortThreshold: 2.5,
        onSendMode: 'strict',
        onSendWeak: 'yes',
        statsEndpoint: 'http://stats.example.com',
        teamKey: 'x'.repeat(500),
      }),
    ).toEqual(defaultOutlookSettings);
    expect(parseSettings({ abortThreshold: 99 }).abortThreshold).toBe(10);
  });

  it('accepts only HTTPS stats servers (plain HTTP on this machine only)', () => {
    expect(isStatsEndpoint('')).toBe(true);
    expect(isStatsEndpoint('https://stats.example.com/klarheit')).toBe(true);
    expect(isStatsEndpoint('http://localhost:3000')).toBe(true);
    expect(isStatsEndpoint('http://stats.example.com')).toBe(false);
    expect(isStatsEndpoint('stats.example.com')).toBe(false);
  });
});

describe('roaming settings', () => {
  it('saves to the mailbox and reads back; a throwing store yields the defaults', async () => {
    const office = createFakeOffice({ body: '', bodyType: 'text' });
    const roaming = office.context.roamingSettings;
    await saveSettings(roaming, { ...defaultOutlookSettings, onSendMode: 'off' });
    expect(office.__state.calls).toContain('roamingSettings.saveAsync');
    expect(readSettings(roaming).onSendMode).toBe('off');
    expect(office.__state.roaming?.[SETTINGS_KEY]).toMatchObject({ onSendMode: 'off' });
    expect(
      readSettings({
        get() {
          throw new Error('not ready');
        },
      }),
    ).toEqual(defaultOutlookSettings);
  });

  it('reports a failed save as write-failed', async () => {
    const office = createFakeOffice({
      body: '',
      bodyType: 'text',
      fail: { 'roamingSettings.saveAsync': 'offline' },
    });
    await expect(saveSettings(office.context.roamingSettings, defaultOutlookSettings)).rejects.toMatchObject({
      code: 'write-failed',
    });
  });
});
