// The panel's settings with their defaults, in one place. Hosts load their persisted values
// (Outlook roaming settings, the extension's options) and fill the gaps with these.
import type { Language } from '../core/types';

export interface PanelSettings {
  /** The language of the panel's own texts (buttons, headings), not of the analysed email. */
  uiLanguage: Language;
  /** The sender's unanswered messages at or above which the clean abort is recommended first. */
  abortThreshold: number;
  /** Forces the email's language instead of detecting it (the playground's language switch). */
  draftLanguage?: Language;
}

export const defaultPanelSettings: Readonly<PanelSettings> = {
  uiLanguage: 'de',
  abortThreshold: 2,
};

/** The defaults with the host's display language, overridden by whatever the host has stored. */
export function panelSettings(displayLanguage: Language, stored: Partial<PanelSettings> = {}): PanelSettings {
  return { ...defaultPanelSettings, uiLanguage: displayLanguage, ...dropUndefined(stored) };
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
