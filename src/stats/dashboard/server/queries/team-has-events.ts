import type { StatsDb } from '../../../server/db/open';

/** Whether the team ever sent an event: if not, the dashboard explains how to connect instead. */
export async function teamHasEvents({ db }: StatsDb, teamId: string): Promise<boolean> {
  const aggregate = await db
    .selectFrom('daily_aggregates')
    .select('day')
    .where('team_id', '=', teamId)
    .limit(1)
    .executeTakeFirst();
  if (aggregate) return true;
  const event = await db
    .selectFrom('events')
    .select('id')
    .where('team_id', '=', teamId)
    .limit(1)
    .executeTakeFirst();
  return event !== undefined;
}
