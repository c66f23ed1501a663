// Every migration, in order. Add a new file (0004-…) and one line here; never change a shipped one.
import type { Migration } from 'kysely';
import * as initial from './0001-initial';
import * as eventsByTeamAndTime from './0002-events-by-team-and-time';
import * as dailyCounts from './0003-daily-counts';
import * as eventsByTeamAndDay from './0004-events-by-team-and-day';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-events-by-team-and-time': eventsByTeamAndTime,
  '0003-daily-counts': dailyCounts,
  '0004-events-by-team-and-day': eventsByTeamAndDay,
};
