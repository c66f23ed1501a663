// One count per (team, day, dimension, value): what GET /api/v1/stats sums. A day has about 25 such
// rows however many events it had, so the stats query stays fast at millions of events, where
// daily_aggregates (every combination of dimensions, ~750 rows a day for a busy team) would not.
// Filled from daily_aggregates for the days stored before this migration.
import { type Kysely, sql } from 'kysely';

const DIMENSIONS = [
  ['verdict', sql`verdict`],
  ['action', sql`action`],
  ['host', sql`host`],
  ['lang', sql`lang`],
  ['prior', sql`case when prior_bucket >= 3 then '3+' else cast(prior_bucket as text) end`],
] as const;

const MISSING = ['agreement', 'value', 'timebound'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('daily_counts')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_counts_pk', ['team_id', 'day', 'dimension', 'value'])
    .execute();
  for (const [dimension, value] of DIMENSIONS) {
    await sql`insert into daily_counts (team_id, day, dimension, value, count)
      select team_id, day, ${dimension}, ${value}, sum(count) from daily_aggregates
      group by team_id, day, ${value}`.execute(db);
  }
  for (const element of MISSING) {
    await sql`insert into daily_counts (team_id, day, dimension, value, count)
      select team_id, day, 'missing', ${element}, sum(count) from daily_aggregates
      where ${sql.ref(`missing_${element}`)} = 1 group by team_id, day`.execute(db);
  }
}
