// Dates for suggestions (a concrete next step computed from `now`, skipping weekends) and for
// reading the date of an agreement found in the thread (chrono-node, English and German only).
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import type { Language } from './types';

/** `now` plus `days` working days, at `hour` o'clock local time. */
export function addBusinessDays(now: Date, days: number, hour = 10): Date {
  const d = new Date(now.getTime());
  let left = days;
  while (left > 0) {
    d.setDate(d.getDate() + 1);
    const weekday = d.getDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  d.setHours(hour, 0, 0, 0);
  return d;
}

const WEEKDAYS: Record<Language, string[]> = {
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Dienstag, 1.12., um 10:00 Uhr" / "Tuesday, December 1 at 10:00 AM". */
export function formatSlot(date: Date, lang: Language): string {
  const weekday = WEEKDAYS[lang][date.getDay()];
  const h = date.getHours();
  const mm = String(date.getMinutes()).padStart(2, '0');
  if (lang === 'de') return `${weekday}, ${date.getDate()}.${date.getMonth() + 1}., um ${h}:${mm} Uhr`;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${weekday}, ${MONTHS_EN[date.getMonth()]} ${date.getDate()} at ${h12}:${mm} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The first date chrono finds in `text`, as an ISO date (YYYY-MM-DD), or undefined. */
export function findDate(text: string, lang: Language, reference: Date): string | undefined {
  const parser = lang === 'de' ? chronoDe : chronoEn;
  const result = parser.parseDate(text, reference, { forwardDate: true });

  if (!result || Number.isNaN(result.getTime())) return undefined;
  const y = result.getFullYear();
  return `${y}-${String(result.getMonth() + 1).padStart(2, '0')}-${String(result.getDate()).padStart(2, '0')}`;
}

/** The date of a quoted header line ("Tue, 3 Nov 2026 10:12", "Di., 3. Nov. 2026 um 10:12 Uhr"). */
export function parseHeaderDate(text: string, lang: Language): Date | undefined {
  const [first, second] = lang === 'de' ? [chronoDe, chronoEn] : [chronoEn, chronoDe];
  const found = first.parseDate(text) ?? second.parseDate(text);
  return found && !Number.isNaN(found.getTime()) ? found : undefined;
}

/** Chrono builds its parsers on first use (100+ ms); hosts call this when idle, off the send path. */
export function warmUpDates(): void {
  chronoDe.parseDate('am Dienstag, 3.12., um 10 Uhr', new Date(0));
  chronoEn.parseDate('on Tuesday, December 3 at 10am', new Date(0));
}
