// A team's raw events in a range, grouped by ISO week and dimensions — the figures — and the distinct
// reps per week, host and language — what works-council mode counts. Raw events, not the daily
// aggregates: only they carry the rep. Two small results instead of one per rep: in works-council
// mode the figures are never grouped by rep at all, and the grouping stays cheap for big teams.
import { sql } from 'kysely';
import { DAY_MS, dayToDate } from '../../../server/days';
import type { StatsDb } from '../../../server/db/open';
import { eventDay } from '../../../server/queries/event-day';
import type { EventCount, RepActivity } from '../../report/build-report';
import { parseIsoDate, type WeekRange } from '../../report/weeks';

// Monday of the event's ISO week as an epoch day: integer arithmetic that both databases do alike
// (epoch day 0, 1970-01-01, was a Thursday).
const week = sql<number>`${eventDay} - ((${eventDay} + 3) % 7)`;

/** Whole UTC days, selected through eventDay so that the (team_id, day) index is used. */
function eventsInRange({ db }: StatsDb, teamId: string, range: WeekRange) {
  return db
    .selectFrom('events')
    .where('team_id', '=', teamId)
    .where(eventDay, '>=', parseIsoDate(range.from)! / DAY_MS)
    .where(eventDay, '<=', parseIsoDate(range.to)! / DAY_MS);
}

export async function eventCounts(
  store: StatsDb,
  teamId: string,
  range: WeekRange,
  { perRep }: { perRep: boolean },
): Promise<EventCount[]> {
  const dimensions = [
    'host',
    'lang',
    'verdict',
    'action',
    'missing_agreement',
    'missing_value',
    'missing_timebound',
  ] as const;
  const columns = perRep ? (['rep', ...dimensions] as const) : dimensions;
  const rows = await eventsInRange(store, teamId, range)
    .select([week.as('week'), ...columns, sql<number>`count(*)`.as('n')])
    .groupBy([week, ...columns])
    .execute();
  return rows.map((row) => ({
    week: dayToDate(Number(row.week)),
    ...('rep' in row ? { rep: String(row.rep) } : {}),
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

export async function repActivity(store: StatsDb, teamId: string, range: WeekRange): Promise<RepActivity[]> {
  const rows = await eventsInRange(store, teamId, range)
    .select([week.as('week'), 'rep', 'host', 'lang'])
    .groupBy([week, 'rep', 'host', 'lang'])
    .execute();
  return rows.map((row) => ({
    week: dayToDate(Number(row.week)),
    rep: row.rep,
    host: row.host,
    lang: row.lang,
  }));
}
