// Date ranges in whole ISO weeks (Monday to Sunday, UTC). The dashboard always reports whole weeks, so
// that every weekly bucket is complete and a custom range cannot isolate a single day.

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface WeekRange {
  /** A Monday, YYYY-MM-DD. */
  from: string;
  /** A Sunday, YYYY-MM-DD (inclusive). */
  to: string;
}

export function toIsoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Parses YYYY-MM-DD as a UTC day; undefined for anything else (including 2026-02-30). */
export function parseIsoDate(text: string): number | undefined {
  if (!ISO_DATE.test(text)) return undefined;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(time) || toIsoDate(time) !== text ? undefined : time;
}

/** The Monday (YYYY-MM-DD) of the ISO week that contains the given UTC day or time. */
export function weekStart(day: string | number): string {
  const time = typeof day === 'number' ? day : parseIsoDate(day);
  if (time === undefined) throw new Error(`not a date: ${day}`);
  const midnight = Math.floor(time / DAY_MS) * DAY_MS;
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return toIsoDate(midnight - sinceMonday * DAY_MS);
}

export function addDays(day: string, days: number): string {
  return toIsoDate(parseIsoDate(day)! + days * DAY_MS);
}

/** The last `count` weeks, the current (partial) week included. */
export function lastWeeks(count: number, now: number = Date.now()): WeekRange {
  const current = weekStart(now);
  return { from: addDays(current, -7 * (count - 1)), to: addDays(current, 6) };
}

/** Widens a custom range to whole weeks; swaps the ends if they came in reverse. */
export function snapToWeeks(from: string, to: string): WeekRange {
  const [first, last] = from <= to ? [from, to] : [to, from];
  return { from: weekStart(first), to: addDays(weekStart(last), 6) };
}

/** Every Monday from `range.from` to `range.to`. */
export function weeksIn(range: WeekRange): string[] {
  const weeks: string[] = [];
  for (let week = range.from; week <= range.to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}
