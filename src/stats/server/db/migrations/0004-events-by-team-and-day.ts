// Raw events indexed by team and UTC day instead of team and exact time. Events reach the server
// with times spread over hours or days (queued clients, retries), so every insert into the
// (team_id, ts) index landed on a random page: with the random (team_id, id) key, two random page
// writes per event, most of the SQLite ingest's commit. Within a day this index is ordered by rowid,
// that is by arrival, so new events land at the end of their day. The queries that read raw events by
// time ask for whole days (dashboard weeks, retention) through the same expression, `eventDay` in
// ../../queries/event-day.ts; the literal below must stay identical to it for the index to be used.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('events_team_day')
    .on('events')
    .expression(sql`team_id, (ts / 86400000)`)
    .execute();
  await db.schema.dropIndex('events_team_ts').execute();
}
