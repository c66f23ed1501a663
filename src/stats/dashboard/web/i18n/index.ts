// Picks the UI language: the one chosen with the switch (remembered), else the browser's, else English.
import { de } from './de';
import { en, type Messages } from './en';

export type UiLanguage = 'de' | 'en';
export const UI_LANGUAGES: UiLanguage[] = ['de', 'en'];
export const catalogs: Record<UiLanguage, Messages> = { de, en };
export type { Messages };

const STORAGE_KEY = 'klarheit.dashboard.lang';

export function initialLanguage(): UiLanguage {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'de' || saved === 'en') return saved;
  } catch {
    // Storage can be blocked (private mode, policies); the browser language still works.
  }
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

export function rememberLanguage(lang: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered across visits, but the switch still applies now.
  }
}
