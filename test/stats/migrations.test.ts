// Migrations run at start and only add: a database created by an older version keeps its numbers.
import { randomUUID } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { expect, it } from 'vitest';
import { migrations } from '../../src/stats/server/db/migrations';
import { openDatabase } from '../../src/stats/server/db/open';
import type { Database } from '../../src/stats/server/db/schema';
import { statsSummary } from '../../src/stats/server/queries/stats-summary';
import { forEachDatabase, postgresTarget, sqliteTarget } from './helpers/databases';

forEachDatabase((fixture) => {
  it('fills daily_counts from the daily aggregates stored before it existed', async () => {
    // A fresh database of its own, brought only up to 0002 (the schema before daily_counts).
    const target = fixture.dialect === 'postgres' ? postgresTarget : sqliteTarget;
    const location = await target.create();
    const db = new Kysely<Database>({
      dialect:
        fixture.dialect === 'postgres'
          ? new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 1 }) })
          : new SqliteDialect({ database: new SqliteDatabase(location) }),
    });
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0002-events-by-team-and-time')).error).toBeUndefined();
    const teamId = randomUUID();
    await db
      .insertInto('teams')
      .values({ id: teamId, name: 'Alt', ingest_key_hash: 'h', created_at: 0 })
      .execute();
    const row = {
      team_id: teamId,
      day: 20_514, // 2026-03-02
      verdict: 'chaser',
      action: 'shown',
      host: 'outlook',
      lang: 'de',
      missing_agreement: 1,
      missing_value: 1,
      missing_timebound: 0,
      prior_bucket: 3,
      count: 4,
    };
    await db
      .insertInto('daily_aggregates')
      .values([
        row,
        { ...row, verdict: 'follow-up', missing_agreement: 0, missing_value: 0, prior_bucket: 0, count: 2 },
      ])
      .execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const summary = await statsSummary(
      { db, dialect: fixture.dialect, location, close: async () => {} },
      teamId,
      { fromDay: 20_514, toDay: 20_514, bucket: 'day' },
    );
    expect(summary).toMatchObject({
      total: 6,
      byVerdict: { chaser: 4, 'follow-up': 2 },
      byMissing: { agreement: 4, value: 4, timebound: 0 },
      byPriorUnanswered: { '0': 2, '3+': 4 },
      byHost: { outlook: 6 },
    });
    await db.destroy();
    await target.drop(location);
  });

  it('opening an up-to-date database again changes nothing', async () => {
    const again = await openDatabase(fixture.location());
    await again.close();
  });
});
