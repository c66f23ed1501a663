// UTC days as integers (days since 1970-01-01), the unit of daily aggregates and of the stats API.
export const DAY_MS = 86_400_000;

export function dayOf(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS);
}

/** `2026-03-02` for a day number. */
export function dayToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week of a day (day 0, 1970-01-01, was a Thursday). */
export function weekStart(day: number): number {
  return day - ((day + 3) % 7);
}
