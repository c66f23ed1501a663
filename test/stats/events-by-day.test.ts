// Raw events are read by time through their UTC day (the events_team_day index, migration 0004): the
// retention still cuts at the exact time, the dashboard's ranges still hold whole days, and both
// queries really use the index (they must say `eventDay` exactly as the index does).
import { randomUUID } from 'node:crypto';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { expect, it } from 'vitest';
import { eventCounts, repActivity } from '../../src/stats/dashboard/server/queries/event-counts';
import { createTeam } from '../../src/stats/server/admin';
import type { StatsDb } from '../../src/stats/server/db/open';
import type { Database } from '../../src/stats/server/db/schema';
import { deleteExpiredRawData } from '../../src/stats/server/queries/delete-expired-raw-data';
import { insertEventBatch } from '../../src/stats/server/queries/insert-event-batch';
import { forEachDatabase } from './helpers/databases';
import { statsEvent } from './helpers/fixtures';

const at = (iso: string) => statsEvent({ ts: iso });

async function storedTimes({ db }: StatsDb, teamId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('events')
    .select('ts')
    .where('team_id', '=', teamId)
    .orderBy('ts')
    .execute();
  return rows.map((r) => new Date(Number(r.ts)).toISOString());
}

/** The same database behind a Kysely that records every query it compiles. */
function recording(store: StatsDb): { store: StatsDb; queries: CompiledQuery[] } {
  const queries: CompiledQuery[] = [];
  const log = (event: { query: CompiledQuery }) => {
    queries.push(event.query);
  };
  if (store.sqlite) {
    // On the suite's own handle, which stays open: this Kysely is never destroyed.
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: store.sqlite }), log });
    return { store: { ...store, db, close: async () => {} }, queries };
  }
  const pool = new pg.Pool({ connectionString: store.location, max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  return { store: { ...store, db, close: () => db.destroy() }, queries };
}

async function plan(store: StatsDb, query: CompiledQuery): Promise<string> {
  const explain = store.sqlite ? 'explain query plan' : 'explain';
  // A test database is tiny, so let PostgreSQL choose a sequential scan only if no index fits.
  return store.db.transaction().execute(async (trx) => {
    if (!store.sqlite) await sql`set local enable_seqscan = off`.execute(trx);
    const { rows } = await trx.executeQuery(
      CompiledQuery.raw(`${explain} ${query.sql}`, [...query.parameters]),
    );
    return JSON.stringify(rows);
  });
}

forEachDatabase((fixture) => {
  it('retention deletes up to the exact cutoff time, also within the cutoff day', async () => {
    const team = await createTeam(fixture.store(), `t ${randomUUID()}`);
    const times = [
      '2026-03-04T23:59:59.999Z',
      '2026-03-05T11:59:59.999Z',
      '2026-03-05T12:00:00.000Z',
      '2026-03-06T00:00:00.000Z',
    ];
    await insertEventBatch(fixture.store(), team.id, { events: times.map(at) }, Date.now());
    expect(await deleteExpiredRawData(fixture.store(), Date.parse('2026-03-05T12:00:00Z'))).toBe(2);
    expect(await storedTimes(fixture.store(), team.id)).toEqual(times.slice(2));
  });

  it("the dashboard's range holds its first and last day whole and nothing outside", async () => {
    const team = await createTeam(fixture.store(), `t ${randomUUID()}`);
    const times = [
      '2026-03-01T23:59:59.999Z',
      '2026-03-02T00:00:00.000Z',
      '2026-03-15T23:59:59.999Z',
      '2026-03-16T00:00:00.000Z',
    ];
    await insertEventBatch(fixture.store(), team.id, { events: times.map(at) }, Date.now());
    const counts = await eventCounts(
      fixture.store(),
      team.id,
      { from: '2026-03-02', to: '2026-03-15' },
      { perRep: false },
    );
    expect(counts.map((c) => [c.week, c.count])).toEqual([
      ['2026-03-02', 1],
      ['2026-03-09', 1],
    ]);
  });

  it('both queries read raw events through the events_team_day index', async () => {
    const { store, queries } = recording(fixture.store());
    try {
      const range = { from: '2026-03-02', to: '2026-03-15' };
      await eventCounts(store, randomUUID(), range, { perRep: true });
      await repActivity(store, randomUUID(), range);
      await deleteExpiredRawData(store, Date.parse('2020-01-01T00:00:00Z'));
      // One delete per team: the same statement each time.
      const reads = [...new Map(queries.filter((q) => /from "events"/.test(q.sql)).map((q) => [q.sql, q]))];
      expect(reads).toHaveLength(3);
      // The day itself narrows the search, not just the team.
      const usesDay = store.sqlite
        ? /events_team_day \(team_id=\? AND <expr>/
        : /events_team_day.*Index Cond: \(\(team_id = [^)]+\) AND \(\(ts \/ 86400000\)/;
      for (const [, query] of reads) expect(await plan(store, query)).toMatch(usesDay);
    } finally {
      await store.close();
    }
  });
});
