// The first schema. Migrations are numbered and only ever added to: never edit one that has shipped.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('ingest_key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('works_council_mode', 'boolean', (c) => c.notNull().defaultTo(sql`true`))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('leads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(sql`false`))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('leads_team').on('leads').column('team_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_lead').on('sessions').column('lead_id').execute();
  await db.schema.createIndex('sessions_expiry').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('ts', 'bigint', (c) => c.notNull())
    .addColumn('rep', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('missing_agreement', 'integer', (c) => c.notNull())
    .addColumn('missing_value', 'integer', (c) => c.notNull())
    .addColumn('missing_timebound', 'integer', (c) => c.notNull())
    .addColumn('prior_unanswered', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    // Keyed per team: one team's ids can never collide with, or probe for, another team's.
    .addPrimaryKeyConstraint('events_pk', ['team_id', 'id'])
    .execute();
  await db.schema.createIndex('events_ts').on('events').column('ts').execute();

  await db.schema
    .createTable('daily_aggregates')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('missing_agreement', 'integer', (c) => c.notNull())
    .addColumn('missing_value', 'integer', (c) => c.notNull())
    .addColumn('missing_timebound', 'integer', (c) => c.notNull())
    .addColumn('prior_bucket', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_aggregates_pk', [
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
    ])
    .execute();

  await db.schema
    .createTable('daily_reps')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('rep', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_reps_pk', ['team_id', 'day', 'rep'])
    .execute();
  await db.schema.createIndex('daily_reps_day').on('daily_reps').column('day').execute();

  await db.schema
    .createTable('drop_reports')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('drop_reports_pk', ['team_id', 'id'])
    .execute();
}
