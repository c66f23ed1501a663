// `klarheit admin set-mode --team NAME --mode team|per-rep`: only an admin (someone with the server's
// database) can switch a team out of works-council mode; the dashboard then says so on every page.
import { AdminError } from '../server/admin';
import { type StatsDb, sqlBool } from '../server/db/open';
import type { TeamMode } from './report/types';

export const TEAM_MODES: readonly TeamMode[] = ['team', 'per-rep'];

export async function setTeamMode(store: StatsDb, teamName: string | undefined, mode: string | undefined) {
  if (!teamName) throw new AdminError('--team is required (see "klarheit admin --help")');
  if (!mode || !(TEAM_MODES as readonly string[]).includes(mode)) {
    throw new AdminError('--mode must be "team" (works-council mode, the default) or "per-rep"');
  }
  const result = await store.db
    .updateTable('teams')
    .set({ works_council_mode: sqlBool(mode === 'team') })
    .where('name', '=', teamName)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new AdminError(`there is no team named "${teamName}" (see "klarheit admin list")`);
  }
  return { team: teamName, mode, worksCouncilMode: mode === 'team' };
}
