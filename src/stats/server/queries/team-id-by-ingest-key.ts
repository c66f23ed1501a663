import { hashToken } from '../auth';
import type { StatsDb } from '../db/open';

/** The team an ingest key belongs to, or null for an unknown (or rotated-away) key. */
export async function teamIdByIngestKey({ db }: StatsDb, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('teams')
    .select('id')
    .where('ingest_key_hash', '=', hashToken(key))
    .executeTakeFirst();
  return row?.id ?? null;
}
