import { sql } from 'kysely';
import type { Host, StatsAction } from '../../event';
import { ACTIONS, HOSTS, LANGUAGES, MISSING_ELEMENTS, VERDICTS } from '../../event';
import { dayToDate, weekStart } from '../days';
import type { StatsDb } from '../db/open';

export type Bucket = 'day' | 'week';
export const PRIOR_BUCKETS = ['0', '1', '2', '3+'] as const;

export interface Counts {
  total: number;
  byVerdict: Record<string, number>;
  byMissing: Record<string, number>;
  byAction: Record<StatsAction, number>;
  byHost: Record<Host, number>;
  byLang: Record<string, number>;
  byPriorUnanswered: Record<string, number>;
}

export interface BucketCounts extends Counts {
  /** First day of the bucket (a Monday for weeks), `YYYY-MM-DD` in UTC. */
  start: string;
  /** Distinct pseudonymous reps with events in the bucket (0 once raw events have expired). */
  reps: number;
}

export interface StatsSummary extends Counts {
  from: string;
  to: string;
  bucket: Bucket;
  /** Distinct reps in the whole range (0 once raw events have expired). */
  reps: number;
  /** Events clients reported dropping because their queue overflowed. */
  dropped: number;
  buckets: BucketCounts[];
}

export interface StatsRange {
  /** First and last UTC day, inclusive (days since 1970-01-01). */
  fromDay: number;
  toDay: number;
  bucket: Bucket;
}

function zeros(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

function emptyCounts(): Counts {
  return {
    total: 0,
    byVerdict: zeros(VERDICTS),
    byMissing: zeros(MISSING_ELEMENTS),
    byAction: zeros(ACTIONS) as Record<StatsAction, number>,
    byHost: zeros(HOSTS) as Record<Host, number>,
    byLang: zeros(LANGUAGES),
    byPriorUnanswered: zeros(PRIOR_BUCKETS),
  };
}

interface AggregateRow {
  bucket: number;
  verdict: string;
  action: string;
  host: string;
  lang: string;
  missing_agreement: number;
  missing_value: number;
  missing_timebound: number;
  prior_bucket: number;
  n: number | string;
}

function add(counts: Counts, row: AggregateRow): void {
  const n = Number(row.n);
  counts.total += n;
  counts.byVerdict[row.verdict] = (counts.byVerdict[row.verdict] ?? 0) + n;
  counts.byAction[row.action as StatsAction] = (counts.byAction[row.action as StatsAction] ?? 0) + n;
  counts.byHost[row.host as Host] = (counts.byHost[row.host as Host] ?? 0) + n;
  counts.byLang[row.lang] = (counts.byLang[row.lang] ?? 0) + n;
  counts.byPriorUnanswered[PRIOR_BUCKETS[row.prior_bucket]] += n;
  if (Number(row.missing_agreement)) counts.byMissing.agreement += n;
  if (Number(row.missing_value)) counts.byMissing.value += n;
  if (Number(row.missing_timebound)) counts.byMissing.timebound += n;
}

/**
 * A team's counts for a range of UTC days, overall and per day or ISO week. Reads daily_aggregates
 * only (never raw events), so it stays fast at millions of events and works after retention.
 */
export async function statsSummary(
  { db }: StatsDb,
  teamId: string,
  range: StatsRange,
): Promise<StatsSummary> {
  const { fromDay, toDay, bucket } = range;
  // Week starts in SQL: the same integer arithmetic on both databases (see weekStart()).
  const bucketOf = bucket === 'day' ? sql<number>`day` : sql<number>`day - ((day + 3) % 7)`;
  const rows = (await db
    .selectFrom('daily_aggregates')
    .select([
      bucketOf.as('bucket'),
      'verdict',
      'action',
      'host',
      'lang',
      'missing_agreement',
      'missing_value',
      'missing_timebound',
      'prior_bucket',
      sql<number>`sum(count)`.as('n'),
    ])
    .where('team_id', '=', teamId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .groupBy([
      bucketOf,
      'verdict',
      'action',
      'host',
      'lang',
      'missing_agreement',
      'missing_value',
      'missing_timebound',
      'prior_bucket',
    ])
    .execute()) as AggregateRow[];

  const repsPerBucket = await db
    .selectFrom('daily_reps')
    .select([bucketOf.as('bucket'), sql<number>`count(distinct rep)`.as('reps')])
    .where('team_id', '=', teamId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .groupBy(bucketOf)
    .execute();
  const repsInRange = await db
    .selectFrom('daily_reps')
    .select(sql<number>`count(distinct rep)`.as('reps'))
    .where('team_id', '=', teamId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .executeTakeFirst();
  const dropped = await db
    .selectFrom('drop_reports')
    .select(sql<number>`coalesce(sum(count), 0)`.as('dropped'))
    .where('team_id', '=', teamId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .executeTakeFirst();

  const summary: StatsSummary = {
    from: dayToDate(fromDay),
    to: dayToDate(toDay),
    bucket,
    ...emptyCounts(),
    reps: Number(repsInRange?.reps ?? 0),
    dropped: Number(dropped?.dropped ?? 0),
    buckets: [],
  };
  const buckets = new Map<number, BucketCounts>();
  const first = bucket === 'day' ? fromDay : weekStart(fromDay);
  for (let start = first; start <= toDay; start += bucket === 'day' ? 1 : 7) {
    const entry = { start: dayToDate(start), reps: 0, ...emptyCounts() };
    buckets.set(start, entry);
    summary.buckets.push(entry);
  }
  for (const row of rows) {
    add(summary, row);
    const entry = buckets.get(Number(row.bucket));
    if (entry) add(entry, row);
  }
  for (const row of repsPerBucket) {
    const entry = buckets.get(Number(row.bucket));
    if (entry) entry.reps = Number(row.reps);
  }
  return summary;
}
