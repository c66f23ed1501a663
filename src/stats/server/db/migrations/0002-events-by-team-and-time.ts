// Raw events are always read per team and time range (the dashboard's counts, retention), so index
// them that way; the time-only index it replaces made every team's query scan all teams' events.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('events_ts').execute();
  await db.schema.createIndex('events_team_ts').on('events').columns(['team_id', 'ts']).execute();
}
