import type { EventBatch, StatsEvent } from '../../event';
import { dayOf } from '../days';
import type { StatsDb } from '../db/open';
import type { DailyAggregatesTable, DailyCountsTable, DailyRepsTable, EventsTable } from '../db/schema';

export interface IngestResult {
  accepted: number;
  duplicates: number;
}

export interface TeamBatch {
  teamId: string;
  batch: EventBatch;
}

/** Rows per statement: 13 columns × 2000 stays under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const ROWS_PER_STATEMENT = 2000;

const AGGREGATE_KEY = [
  'team_id',
  'day',
  'verdict',
  'action',
  'host',
  'lang',
  'missing_agreement',
  'missing_value',
  'missing_timebound',
  'prior_bucket',
] as const;

function toRow(teamId: string, event: StatsEvent, receivedAt: number): EventsTable {
  return {
    team_id: teamId,
    id: event.id,
    ts: Date.parse(event.ts),
    rep: event.rep,
    host: event.host,
    lang: event.lang,
    verdict: event.verdict,
    missing_agreement: event.missing.includes('agreement') ? 1 : 0,
    missing_value: event.missing.includes('value') ? 1 : 0,
    missing_timebound: event.missing.includes('timebound') ? 1 : 0,
    prior_unanswered: event.priorUnanswered,
    action: event.action,
    received_at: receivedAt,
  };
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) out.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

/** Sorted by key, so that concurrent transactions lock rows in one order (no deadlocks on PostgreSQL). */
function sortedValues<T>(byKey: Map<string, T>): T[] {
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
}

/** Counts of the newly stored rows, one per (team, day, dimensions). */
function aggregate(rows: EventsTable[]): DailyAggregatesTable[] {
  const byKey = new Map<string, DailyAggregatesTable>();
  for (const row of rows) {
    const entry: DailyAggregatesTable = {
      team_id: row.team_id,
      day: dayOf(row.ts),
      verdict: row.verdict,
      action: row.action,
      host: row.host,
      lang: row.lang,
      missing_agreement: row.missing_agreement,
      missing_value: row.missing_value,
      missing_timebound: row.missing_timebound,
      prior_bucket: Math.min(row.prior_unanswered, 3),
      count: 0,
    };
    const key = AGGREGATE_KEY.map((column) => entry[column]).join('\n');
    const existing = byKey.get(key) ?? entry;
    existing.count += 1;
    byKey.set(key, existing);
  }
  return sortedValues(byKey);
}

/** The same counts, one per (team, day, dimension, value): what the stats API reads. */
function dimensionCounts(aggregates: DailyAggregatesTable[]): DailyCountsTable[] {
  const byKey = new Map<string, DailyCountsTable>();
  const add = (row: DailyAggregatesTable, dimension: string, value: string) => {
    const key = `${row.team_id}\n${row.day}\n${dimension}\n${value}`;
    const entry = byKey.get(key) ?? { team_id: row.team_id, day: row.day, dimension, value, count: 0 };
    entry.count += row.count;
    byKey.set(key, entry);
  };
  for (const row of aggregates) {
    add(row, 'verdict', row.verdict);
    add(row, 'action', row.action);
    add(row, 'host', row.host);
    add(row, 'lang', row.lang);
    add(row, 'prior', row.prior_bucket >= 3 ? '3+' : String(row.prior_bucket));
    if (row.missing_agreement) add(row, 'missing', 'agreement');
    if (row.missing_value) add(row, 'missing', 'value');
    if (row.missing_timebound) add(row, 'missing', 'timebound');
  }
  return sortedValues(byKey);
}

function activeReps(rows: EventsTable[]): DailyRepsTable[] {
  const byKey = new Map<string, DailyRepsTable>();
  for (const row of rows) {
    const day = dayOf(row.ts);
    byKey.set(`${row.team_id}\n${day}\n${row.rep}`, { team_id: row.team_id, day, rep: row.rep });
  }
  return sortedValues(byKey);
}

const keyOf = (teamId: string, id: string) => `${teamId}\n${id}`;

/**
 * Stores validated batches (of one or several teams) in one transaction: the events not seen
 * before, their daily counts (both forms) and active reps, and the clients' drop reports. An id the team already
 * sent is a duplicate (a client retry), counted once. Resolves only after the commit, so an answer
 * of 200 means the batch is durable. Several batches per transaction share one disk sync.
 */
export async function insertEventBatches(
  { db }: StatsDb,
  items: readonly TeamBatch[],
  receivedAt: number,
): Promise<IngestResult[]> {
  const byKey = new Map<string, EventsTable>();
  for (const { teamId, batch } of items) {
    for (const event of batch.events) {
      const key = keyOf(teamId, event.id);
      if (!byKey.has(key)) byKey.set(key, toRow(teamId, event, receivedAt));
    }
  }
  const rows = sortedValues(byKey);
  const drops = new Map(
    items.flatMap(({ teamId, batch }) =>
      batch.dropped
        ? [
            [
              keyOf(teamId, batch.dropped.id),
              { team_id: teamId, id: batch.dropped.id, count: batch.dropped.count },
            ],
          ]
        : [],
    ),
  );

  const inserted = await db.transaction().execute(async (trx) => {
    const stored = new Set<string>();
    for (const chunk of chunks(rows)) {
      const returned = await trx
        .insertInto('events')
        .values(chunk)
        .onConflict((oc) => oc.columns(['team_id', 'id']).doNothing())
        .returning(['team_id', 'id'])
        .execute();
      for (const r of returned) stored.add(keyOf(r.team_id, r.id));
    }
    const fresh = rows.filter((r) => stored.has(keyOf(r.team_id, r.id)));
    const aggregates = aggregate(fresh);
    for (const chunk of chunks(aggregates)) {
      await trx
        .insertInto('daily_aggregates')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns([...AGGREGATE_KEY])
            .doUpdateSet((eb) => ({ count: eb('daily_aggregates.count', '+', eb.ref('excluded.count')) })),
        )
        .execute();
    }
    for (const chunk of chunks(dimensionCounts(aggregates))) {
      await trx
        .insertInto('daily_counts')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns(['team_id', 'day', 'dimension', 'value'])
            .doUpdateSet((eb) => ({ count: eb('daily_counts.count', '+', eb.ref('excluded.count')) })),
        )
        .execute();
    }
    for (const chunk of chunks(activeReps(fresh))) {
      await trx
        .insertInto('daily_reps')
        .values(chunk)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    for (const drop of sortedValues(drops)) {
      await trx
        .insertInto('drop_reports')
        .values({ ...drop, day: dayOf(receivedAt) })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return stored;
  });

  // Each stored event counts for the first batch that carried it; every other copy is a duplicate.
  const counted = new Set<string>();
  return items.map(({ teamId, batch }) => {
    let accepted = 0;
    for (const event of batch.events) {
      const key = keyOf(teamId, event.id);
      if (inserted.has(key) && !counted.has(key)) {
        counted.add(key);
        accepted += 1;
      }
    }
    return { accepted, duplicates: batch.events.length - accepted };
  });
}

/** One team's batch in its own transaction (seeding, demos, tests). */
export async function insertEventBatch(
  store: StatsDb,
  teamId: string,
  batch: EventBatch,
  receivedAt: number,
): Promise<IngestResult> {
  const [result] = await insertEventBatches(store, [{ teamId, batch }], receivedAt);
  return result;
}
