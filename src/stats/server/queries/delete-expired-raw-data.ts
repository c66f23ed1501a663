import { dayOf } from '../days';
import type { StatsDb } from '../db/open';

/**
 * Deletes raw events (and the per-day rep lists built from them) older than the cutoff; the daily
 * aggregates stay, so long-range stats keep working. Returns the number of raw events deleted.
 */
export async function deleteExpiredRawData({ db }: StatsDb, cutoffMs: number): Promise<number> {
  const events = await db.deleteFrom('events').where('ts', '<', cutoffMs).executeTakeFirst();
  await db.deleteFrom('daily_reps').where('day', '<', dayOf(cutoffMs)).execute();
  return Number(events.numDeletedRows);
}
