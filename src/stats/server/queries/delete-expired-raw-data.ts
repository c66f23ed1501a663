import { dayOf } from '../days';
import type { StatsDb } from '../db/open';
import { eventDay } from './event-day';

/**
 * Deletes raw events (and the per-day rep lists built from them) older than the cutoff; the daily
 * aggregates stay, so long-range stats keep working. Team by team, so each delete is a range of the
 * (team_id, day) index (up to the cutoff's day; `ts` decides within that day). Returns the number of
 * raw events deleted.
 */
export async function deleteExpiredRawData({ db }: StatsDb, cutoffMs: number): Promise<number> {
  let deleted = 0;
  for (const { id } of await db.selectFrom('teams').select('id').execute()) {
    const result = await db
      .deleteFrom('events')
      .where('team_id', '=', id)
      .where(eventDay, '<=', dayOf(cutoffMs))
      .where('ts', '<', cutoffMs)
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  await db.deleteFrom('daily_reps').where('day', '<', dayOf(cutoffMs)).execute();
  return deleted;
}
