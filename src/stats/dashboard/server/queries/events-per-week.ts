// How many events the daily aggregates (kept forever) hold per ISO week. Where they hold more than the
// raw events do, retention deleted that week's details.
import { sql } from 'kysely';
import { DAY_MS, dayToDate } from '../../../server/days';
import type { StatsDb } from '../../../server/db/open';
import { parseIsoDate, type WeekRange } from '../../report/weeks';

export async function aggregatedEventsPerWeek(
  { db }: StatsDb,
  teamId: string,
  range: WeekRange,
): Promise<Map<string, number>> {
  // Monday of the day's ISO week: the same integer arithmetic on both databases (day 0 was a Thursday).
  const monday = sql<number>`day - ((day + 3) % 7)`;
  const rows = await db
    .selectFrom('daily_aggregates')
    .select([monday.as('monday'), sql<number>`sum(count)`.as('n')])
    .where('team_id', '=', teamId)
    .where('day', '>=', parseIsoDate(range.from)! / DAY_MS)
    .where('day', '<=', parseIsoDate(range.to)! / DAY_MS)
    .groupBy(monday)
    .execute();
  return new Map(rows.map((row) => [dayToDate(Number(row.monday)), Number(row.n)]));
}
