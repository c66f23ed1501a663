import type SqliteDatabase from 'better-sqlite3';
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

const EVENT_COLUMNS = [
  'team_id',
  'id',
  'ts',
  'rep',
  'host',
  'lang',
  'verdict',
  'missing_agreement',
  'missing_value',
  'missing_timebound',
  'prior_unanswered',
  'action',
  'received_at',
] as const satisfies readonly (keyof EventsTable)[];

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

interface DropRow {
  team_id: string;
  id: string;
  day: number;
  count: number;
}

/** The rows one transaction derives from its new events (besides the events and the drop reports). */
interface Derived {
  aggregates: DailyAggregatesTable[];
  counts: DailyCountsTable[];
  reps: DailyRepsTable[];
}

function derive(fresh: EventsTable[]): Derived {
  const aggregates = aggregate(fresh);
  return { aggregates, counts: dimensionCounts(aggregates), reps: activeReps(fresh) };
}

/**
 * SQLite's own path, because here the Kysely one cost most of the ingest time: every multi-row INSERT
 * was compiled anew, and better-sqlite3 prepared a new statement for every distinct row count (a
 * 2,000-row × 13-parameter statement is expensive to prepare). Single-row statements prepared once
 * per database and run in one synchronous transaction write the same rows several times faster;
 * `changes` says whether an event was new, so no RETURNING is needed. The Kysely connection is held
 * meanwhile, so no Kysely transaction can be open on the same handle.
 */
async function insertWithSqlite(
  { db, sqlite, committed }: StatsDb & { sqlite: SqliteDatabase.Database },
  rows: EventsTable[],
  drops: DropRow[],
): Promise<Set<string>> {
  const statements = sqliteStatements(sqlite);
  const write = sqlite.transaction(() => {
    const stored = new Set<string>();
    const fresh: EventsTable[] = [];
    for (const row of rows) {
      if (statements.event.run(row).changes > 0) {
        stored.add(keyOf(row.team_id, row.id));
        fresh.push(row);
      }
    }
    const { aggregates, counts, reps } = derive(fresh);
    for (const row of aggregates) statements.aggregate.run(row);
    for (const row of counts) statements.count.run(row);
    for (const row of reps) statements.rep.run(row);
    for (const row of drops) statements.drop.run(row);
    return stored;
  });
  // IMMEDIATE: take the write lock at BEGIN, waiting up to busy_timeout for another process's writer
  // (the admin command), instead of risking SQLITE_BUSY when a read turns into a write mid-way.
  const stored = await db.connection().execute(async () => write.immediate());
  committed?.();
  return stored;
}

interface SqliteStatements {
  event: SqliteDatabase.Statement<[EventsTable]>;
  aggregate: SqliteDatabase.Statement<[DailyAggregatesTable]>;
  count: SqliteDatabase.Statement<[DailyCountsTable]>;
  rep: SqliteDatabase.Statement<[DailyRepsTable]>;
  drop: SqliteDatabase.Statement<[DropRow]>;
}

const preparedByDatabase = new WeakMap<SqliteDatabase.Database, SqliteStatements>();

function sqliteStatements(sqlite: SqliteDatabase.Database): SqliteStatements {
  const cached = preparedByDatabase.get(sqlite);
  if (cached) return cached;
  const insert = (table: string, columns: readonly string[], conflict: string) =>
    sqlite.prepare(
      `insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')}) ${conflict}`,
    );
  const statements: SqliteStatements = {
    event: insert('events', EVENT_COLUMNS, 'on conflict (team_id, id) do nothing'),
    aggregate: insert(
      'daily_aggregates',
      [...AGGREGATE_KEY, 'count'],
      `on conflict (${AGGREGATE_KEY.join(', ')}) do update set count = count + excluded.count`,
    ),
    count: insert(
      'daily_counts',
      ['team_id', 'day', 'dimension', 'value', 'count'],
      'on conflict (team_id, day, dimension, value) do update set count = count + excluded.count',
    ),
    rep: insert('daily_reps', ['team_id', 'day', 'rep'], 'on conflict do nothing'),
    drop: insert('drop_reports', ['team_id', 'id', 'day', 'count'], 'on conflict do nothing'),
  };
  preparedByDatabase.set(sqlite, statements);
  return statements;
}

/** PostgreSQL (and any other Kysely dialect): multi-row statements, one round trip per chunk. */
async function insertWithKysely(
  { db }: StatsDb,
  rows: EventsTable[],
  drops: DropRow[],
): Promise<Set<string>> {
  return db.transaction().execute(async (trx) => {
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
    const { aggregates, counts, reps } = derive(rows.filter((r) => stored.has(keyOf(r.team_id, r.id))));
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
    for (const chunk of chunks(counts)) {
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
    for (const chunk of chunks(reps)) {
      await trx
        .insertInto('daily_reps')
        .values(chunk)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    for (const drop of drops) {
      await trx
        .insertInto('drop_reports')
        .values(drop)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return stored;
  });
}

/**
 * Stores validated batches (of one or several teams) in one transaction: the events not seen
 * before, their daily counts (both forms) and active reps, and the clients' drop reports. An id the team already
 * sent is a duplicate (a client retry), counted once. Resolves only after the commit, so an answer
 * of 200 means the batch is durable. Several batches per transaction share one disk sync.
 */
export async function insertEventBatches(
  store: StatsDb,
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
  const dropsByKey = new Map<string, DropRow>();
  for (const { teamId, batch } of items) {
    if (!batch.dropped) continue;
    const { id, count } = batch.dropped;
    dropsByKey.set(keyOf(teamId, id), { team_id: teamId, id, day: dayOf(receivedAt), count });
  }
  const drops = sortedValues(dropsByKey);

  const { sqlite } = store;
  const inserted = sqlite
    ? await insertWithSqlite({ ...store, sqlite }, rows, drops)
    : await insertWithKysely(store, rows, drops);

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
