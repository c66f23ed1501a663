import { hashToken } from '../auth';
import type { StatsDb } from '../db/open';

/** The team a read-only stats token belongs to, or null. */
export async function teamIdByStatsToken({ db }: StatsDb, token: string): Promise<string | null> {
  const row = await db
    .selectFrom('tokens')
    .select('team_id')
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return row?.team_id ?? null;
}
