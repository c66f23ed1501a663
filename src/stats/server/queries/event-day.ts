import { sql } from 'kysely';
import { DAY_MS } from '../days';

/**
 * An event's UTC day (epoch days) in SQL, written exactly as the events_team_day index defines it
 * (migration 0004): a query that selects raw events by time must filter on this expression, with the
 * literal inlined (never a bound parameter), or the index cannot be used and the team's events are scanned.
 */
export const eventDay = sql<number>`ts / ${sql.lit(DAY_MS)}`;
