// The raw events of a team in a range, grouped down to (day, rep, dimensions) with a count. Raw
// events, not the daily aggregates: only they carry the rep, which works-council mode must count.
import { sql } from 'kysely';
import { DAY_MS, dayToDate } from '../../../server/days';
import type { StatsDb } from '../../../server/db/open';
import type { EventCount } from '../../report/build-report';
import { parseIsoDate, type WeekRange } from '../../report/weeks';

export async function eventCounts({ db }: StatsDb, teamId: string, range: WeekRange): Promise<EventCount[]> {
  const day = sql<number>`ts / ${sql.lit(DAY_MS)}`;
  const rows = await db
    .selectFrom('events')
    .select([
      day.as('day'),
      'rep',
      'host',
      'lang',
      'verdict',
      'action',
      'missing_agreement',
      'missing_value',
      'missing_timebound',
      sql<number>`count(*)`.as('n'),
    ])
    .where('team_id', '=', teamId)
    .where('ts', '>=', parseIsoDate(range.from)!)
    .where('ts', '<', parseIsoDate(range.to)! + DAY_MS)
    .groupBy([
      day,
      'rep',
      'host',
      'lang',
      'verdict',
      'action',
      'missing_agreement',
      'missing_value',
      'missing_timebound',
    ])
    .execute();
  return rows.map((row) => ({
    day: dayToDate(Math.floor(Number(row.day))),
    rep: row.rep,
    host: row.host,
    lang: row.lang,
    verdict: row.verdict,
    action: row.action,
    missingAgreement: Boolean(Number(row.missing_agreement)),
    missingValue: Boolean(Number(row.missing_value)),
    missingTimebound: Boolean(Number(row.missing_timebound)),
    count: Number(row.n),
  }));
}
