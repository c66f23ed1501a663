// Dates for suggestions (a concrete next step computed from `now`, skipping weekends) and for the
// date of an agreement found in the thread ("after our board meeting on the 24th").
//
// Why no date library: chrono-node (en+de) adds 16 KB gzip and 100+ ms to the first parse, which the
// on-send check and the task-pane budget cannot afford; the rules already find the time expressions,
// so all that is left is turning the few written forms into a calendar date.
import type { Language } from './types';

/** Two digits. (Not String#padStart: classic Outlook's on-send runtime is ES2016.) */
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

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
  const mm = pad2(date.getMinutes());
  if (lang === 'de') return `${weekday}, ${date.getDate()}.${date.getMonth() + 1}., um ${h}:${mm} Uhr`;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${weekday}, ${MONTHS_EN[date.getMonth()]} ${date.getDate()} at ${h12}:${mm} ${h < 12 ? 'AM' : 'PM'}`;
}

/** Month names and abbreviations of both languages (and Austrian "Jänner"), to a month index. */
const MONTH_INDEX: Record<string, number> = {};
[
  ['januar', 'jänner', 'jaenner', 'january', 'jan'],
  ['februar', 'feber', 'february', 'feb'],
  ['märz', 'maerz', 'march', 'mär', 'mar'],
  ['april', 'apr'],
  ['mai', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['dezember', 'december', 'dez', 'dec'],
].forEach((names, month) => {
  for (const name of names) MONTH_INDEX[name] = month;
});
const MONTH = Object.keys(MONTH_INDEX)
  .sort((a, b) => b.length - a.length)
  .join('|');
const DAY_WEEKDAY: Record<string, number> = {
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const NUMERIC = /\b([0-3]?[0-9])\.\s?([01]?[0-9])\.(?:\s?([0-9]{4}|[0-9]{2})\b)?/;
const ISO = /\b([0-9]{4})-([01][0-9])-([0-3][0-9])\b/;
const DAY_MONTH = new RegExp(
  `\\b([0-3]?[0-9])(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\.?(?:\\s+([0-9]{4}))?`,
  'i',
);
const MONTH_DAY = new RegExp(
  `\\b(${MONTH})\\.?\\s+([0-3]?[0-9])(?:st|nd|rd|th)?\\b(?:,?\\s+([0-9]{4}))?`,
  'i',
);
const PART_OF_MONTH = new RegExp(`\\b(anfang|mitte|ende|early|mid|late|end of)[\\s-]+(${MONTH})\\b`, 'i');
const THE_NTH = /\bthe\s+([0-3]?[0-9])(?:st|nd|rd|th)\b|\bam\s+([0-3]?[0-9])\.(?!\s?[0-9])/i;
const WEEKDAY =
  /\b(sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

interface DayMonth {
  day: number;
  month: number;
  year?: number;
}

function readDayMonth(text: string): DayMonth | { weekday: number } | { nth: number } | undefined {
  let m = ISO.exec(text);
  if (m) return { day: +m[3], month: +m[2] - 1, year: +m[1] };
  m = NUMERIC.exec(text);
  if (m && +m[2] >= 1 && +m[2] <= 12)
    return { day: +m[1], month: +m[2] - 1, year: m[3] ? fullYear(+m[3]) : undefined };
  m = DAY_MONTH.exec(text);
  if (m) return { day: +m[1], month: MONTH_INDEX[m[2].toLowerCase()], year: m[3] ? +m[3] : undefined };
  m = MONTH_DAY.exec(text);
  if (m) return { day: +m[2], month: MONTH_INDEX[m[1].toLowerCase()], year: m[3] ? +m[3] : undefined };
  m = PART_OF_MONTH.exec(text);
  if (m) {
    const part = m[1].toLowerCase();
    const day = part === 'anfang' || part === 'early' ? 1 : part === 'mitte' || part === 'mid' ? 15 : 28;
    return { day, month: MONTH_INDEX[m[2].toLowerCase()] };
  }
  m = THE_NTH.exec(text);
  if (m) return { nth: +(m[1] ?? m[2]) };
  m = WEEKDAY.exec(text);
  if (m) return { weekday: DAY_WEEKDAY[m[1].toLowerCase()] };
  return undefined;
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

/** The first date written in `text`, as YYYY-MM-DD; without a year, the next such day on or after `reference`. */
export function findDate(text: string, _lang: Language, reference: Date): string | undefined {
  const found = readDayMonth(text);
  if (!found) return undefined;
  const ref = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate());
  let date: Date;
  if ('weekday' in found) {
    date = new Date(ref);
    date.setDate(ref.getDate() + ((found.weekday - ref.getDay() + 7) % 7 || 7));
  } else if ('nth' in found) {
    date = new Date(ref.getFullYear(), ref.getMonth(), found.nth);
    if (date < ref) date = new Date(ref.getFullYear(), ref.getMonth() + 1, found.nth);
  } else {
    date = new Date(found.year ?? ref.getFullYear(), found.month, found.day);
    if (found.year === undefined && date < ref)
      date = new Date(ref.getFullYear() + 1, found.month, found.day);
  }
  if (Number.isNaN(date.getTime())) return undefined;
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** The date of a quoted header line ("Tue, 3 Nov 2026 10:12", "Freitag, 13. November 2026 11:20"). */
export function parseHeaderDate(text: string): Date | undefined {
  const found = readDayMonth(text);
  if (!found || !('month' in found) || found.year === undefined) return undefined;
  const date = new Date(found.year, found.month, found.day);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
