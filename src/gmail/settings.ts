// The extension's settings: typed defaults in one place, what the rep chose (chrome.storage.sync),
// and what an admin set by policy (chrome.storage.managed, see manifest/gmail/managed-schema.json),
// which wins and is shown locked on the options page.
import type { Language } from '../core/types';

export type OnSendMode = 'off' | 'warn' | 'block';
export type LanguageChoice = 'auto' | Language;

export interface GmailSettings {
  /** The language of our own UI; 'auto' follows Gmail's display language. */
  language: LanguageChoice;
  /** Unanswered reminders in the thread from which the clean abort is recommended first. */
  abortThreshold: number;
  /** What Send does with a chaser: nothing, hold it with "send anyway", or hold it until it is changed. */
  onSend: OnSendMode;
  statsEnabled: boolean;
  /** The team stats server, e.g. https://stats.example.com (only its origin gets a host permission). */
  statsEndpoint: string;
  teamKey: string;
}

export const defaultSettings: Readonly<GmailSettings> = {
  language: 'auto',
  abortThreshold: 2,
  onSend: 'warn',
  statsEnabled: false,
  statsEndpoint: '',
  teamKey: '',
};

export type SettingKey = keyof GmailSettings;

/** Keeps only known keys with valid values; anything else falls back to the default. */
export function normalizeSettings(raw: unknown): Partial<GmailSettings> {
  const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Partial<GmailSettings> = {};
  if (source.language === 'auto' || source.language === 'de' || source.language === 'en') {
    out.language = source.language;
  }
  const threshold = Number(source.abortThreshold);
  if (
    source.abortThreshold !== undefined &&
    Number.isInteger(threshold) &&
    threshold >= 1 &&
    threshold <= 10
  ) {
    out.abortThreshold = threshold;
  }
  if (source.onSend === 'off' || source.onSend === 'warn' || source.onSend === 'block')
    out.onSend = source.onSend;
  if (typeof source.statsEnabled === 'boolean') out.statsEnabled = source.statsEnabled;
  if (
    typeof source.statsEndpoint === 'string' &&
    (source.statsEndpoint === '' || statsOrigin(source.statsEndpoint))
  ) {
    out.statsEndpoint = source.statsEndpoint.trim();
  }
  if (typeof source.teamKey === 'string') out.teamKey = source.teamKey.trim();
  return out;
}

/** The origin pattern to request as a host permission, or null when the endpoint is not a usable URL. */
export function statsOrigin(endpoint: string): string | null {
  try {
    const url = new URL(endpoint.trim());
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

export interface LoadedSettings {
  settings: GmailSettings;
  /** Keys an administrator fixed by policy. */
  locked: SettingKey[];
}

export function mergeSettings(chosen: unknown, managed: unknown): LoadedSettings {
  const policy = normalizeSettings(managed);
  return {
    settings: { ...defaultSettings, ...normalizeSettings(chosen), ...policy },
    locked: Object.keys(policy) as SettingKey[],
  };
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [chosen, managed] = await Promise.all([
    chrome.storage.sync.get(null),
    // Managed storage rejects where no policy schema applies (e.g. other browsers); that means "no policy".
    chrome.storage.managed.get(null).catch(() => ({})),
  ]);
  return mergeSettings(chosen, managed);
}

export async function saveSettings(settings: Partial<GmailSettings>): Promise<void> {
  await chrome.storage.sync.set(normalizeSettings(settings));
}

/** Calls back with fresh settings whenever the rep or a policy changes them. Returns unsubscribe. */
export function onSettingsChanged(callback: (loaded: LoadedSettings) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'managed') loadSettings().then(callback, () => {});
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}

/** Our UI language: the rep's choice, else Gmail's. */
export function uiLanguage(settings: GmailSettings, gmailLanguage: Language): Language {
  return settings.language === 'auto' ? gmailLanguage : settings.language;
}
