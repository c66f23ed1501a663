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

/** Where each dimension of daily_counts goes in the answer. */
const FIELD_OF_DIMENSION: Record<string, keyof Omit<Counts, 'total'>> = {
  verdict: 'byVerdict',
  action: 'byAction',
  host: 'byHost',
  lang: 'byLang',
  missing: 'byMissing',
  prior: 'byPriorUnanswered',
};

function add(counts: Counts, dimension: string, value: string, n: number): void {
  const field = FIELD_OF_DIMENSION[dimension];
  if (!field) return;
  const target = counts[field] as Record<string, number>;
  target[value] = (target[value] ?? 0) + n;
  // Every event has exactly one verdict, so the verdict counts add up to the total.
  if (dimension === 'verdict') counts.total += n;
}

/**
 * A team's counts for a range of UTC days, overall and per day or ISO week. Reads daily_counts
 * (about 25 rows a day), never raw events, so it stays fast at millions of events and still works
 * for days whose raw events retention has deleted.
 */
export async function statsSummary(
  { db }: StatsDb,
  teamId: string,
  range: StatsRange,
): Promise<StatsSummary> {
  const { fromDay, toDay, bucket } = range;
  // Week starts in SQL: the same integer arithmetic on both databases (see weekStart()).
  const bucketOf = bucket === 'day' ? sql<number>`day` : sql<number>`day - ((day + 3) % 7)`;
  const rows = await db
    .selectFrom('daily_counts')
    .select([bucketOf.as('bucket'), 'dimension', 'value', sql<number>`sum(count)`.as('n')])
    .where('team_id', '=', teamId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .groupBy([bucketOf, 'dimension', 'value'])
    .execute();

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
    const n = Number(row.n);
    add(summary, row.dimension, row.value, n);
    const entry = buckets.get(Number(row.bucket));
    if (entry) add(entry, row.dimension, row.value, n);
  }
  for (const row of repsPerBucket) {
    const entry = buckets.get(Number(row.bucket));
    if (entry) entry.reps = Number(row.reps);
  }
  return summary;
}
