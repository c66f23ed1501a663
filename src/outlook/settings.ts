// The rep's Klarheit settings in Outlook, persisted in the mailbox's roaming settings so they follow
// the rep to every Outlook client. Read by the task pane and by the on-send check (DOM-free).
import type { Language } from '../core/types';
import { officeCall } from './office-call';

/** off: never stop sending · soft: stop a chaser, always with "Send anyway" · block: stop a chaser
 *  with the manifest's send mode (only a manifest built with SendMode SoftBlock removes "Send anyway"). */
export type OnSendMode = 'off' | 'soft' | 'block';

export interface OutlookSettings {
  /** The rep's choice of UI language; absent means "follow Outlook's display language". */
  uiLanguage?: Language;
  abortThreshold: number;
  onSendMode: OnSendMode;
  /** Also stop "weak" reminders on send (opt-in). */
  onSendWeak: boolean;
  /** Send content-free usage events to the team stats (needs the two fields below). */
  stats: boolean;
  /** The team's stats server, e.g. https://stats.example.com ('' = none). */
  statsEndpoint: string;
  /** The team's ingest key from the team lead ('' = none). */
  teamKey: string;
}

export const defaultOutlookSettings: Readonly<OutlookSettings> = {
  abortThreshold: 2,
  onSendMode: 'soft',
  onSendWeak: false,
  stats: true,
  statsEndpoint: '',
  teamKey: '',
};

/** The one roaming-settings key everything is stored under (one JSON object). */
export const SETTINGS_KEY = 'klarheit.settings';

/** Keeps only well-formed stored values, so a damaged or older entry never breaks the add-in. */
export function parseSettings(stored: unknown): OutlookSettings {
  const settings: OutlookSettings = { ...defaultOutlookSettings };
  if (!stored || typeof stored !== 'object') return settings;
  const value = stored as Record<string, unknown>;
  if (value.uiLanguage === 'de' || value.uiLanguage === 'en') settings.uiLanguage = value.uiLanguage;
  if (typeof value.abortThreshold === 'number' && Number.isInteger(value.abortThreshold)) {
    settings.abortThreshold = Math.min(10, Math.max(1, value.abortThreshold));
  }
  if (value.onSendMode === 'off' || value.onSendMode === 'soft' || value.onSendMode === 'block') {
    settings.onSendMode = value.onSendMode;
  }
  if (typeof value.onSendWeak === 'boolean') settings.onSendWeak = value.onSendWeak;
  if (typeof value.stats === 'boolean') settings.stats = value.stats;
  if (typeof value.statsEndpoint === 'string' && isStatsEndpoint(value.statsEndpoint)) {
    settings.statsEndpoint = value.statsEndpoint.trim();
  }
  if (typeof value.teamKey === 'string' && value.teamKey.length <= 200)
    settings.teamKey = value.teamKey.trim();
  return settings;
}

/** '' or an https:// URL (http:// only on this machine): the task pane is an HTTPS page and may not
 *  send to plain HTTP elsewhere. */
export function isStatsEndpoint(endpoint: string): boolean {
  const trimmed = endpoint.trim();
  if (trimmed === '') return true;
  try {
    const url = new URL(trimmed);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return url.protocol === 'https:' || (url.protocol === 'http:' && local);
  } catch {
    return false;
  }
}

export function readSettings(roaming: Pick<Office.RoamingSettings, 'get'> | undefined): OutlookSettings {
  try {
    return parseSettings(roaming?.get(SETTINGS_KEY));
  } catch {
    return { ...defaultOutlookSettings };
  }
}

/** Outlook's display language ("de-AT", "en-US" …) as one of the two UI languages. */
export function languageOf(locale: string | undefined): Language {
  return /^de\b/i.test(locale ?? '') ? 'de' : 'en';
}

/** Stores the settings in the mailbox (they roam to every Outlook the rep uses). */
export function saveSettings(roaming: Office.RoamingSettings, settings: OutlookSettings): Promise<void> {
  return officeCall<void>((done) => {
    roaming.set(SETTINGS_KEY, { ...settings });
    roaming.saveAsync(done);
  }, 'write-failed');
}
