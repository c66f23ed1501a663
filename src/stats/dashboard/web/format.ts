// Numbers and dates in the UI language. Shares are computed here from the report's counts.
import type { UiLanguage } from './i18n';

const locales: Record<UiLanguage, string> = { de: 'de-DE', en: 'en-GB' };

export function formatCount(lang: UiLanguage, value: number): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
}

/** "31 %" / "31%"; an em dash when there is nothing to divide. */
export function formatShare(lang: UiLanguage, part: number, whole: number): string {
  if (whole === 0) return '—';
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 0 }).format(
    part / whole,
  );
}

/** 2026-10-05 → "5 Oct 2026" / "5. Okt. 2026" (UTC, as the server's weeks are). */
export function formatDay(lang: UiLanguage, isoDay: string): string {
  return new Intl.DateTimeFormat(locales[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDay}T00:00:00Z`));
}

/** The ISO 8601 week number of the week starting on the given Monday. */
export function isoWeekNumber(monday: string): number {
  const thursday = new Date(`${monday}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() + 3);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
}
