import type { StatsDb } from '../../../server/db/open';
import type { TeamMode } from '../../report/types';

export interface LeadTeam {
  teamId: string;
  name: string;
  mode: TeamMode;
}

/** The one team a lead belongs to (works-council mode is stored as a boolean, 1/0 on SQLite). */
export async function teamOfLead({ db }: StatsDb, leadId: string): Promise<LeadTeam | null> {
  const row = await db
    .selectFrom('leads')
    .innerJoin('teams', 'teams.id', 'leads.team_id')
    .select(['teams.id as teamId', 'teams.name as name', 'teams.works_council_mode as worksCouncil'])
    .where('leads.id', '=', leadId)
    .executeTakeFirst();
  if (!row) return null;
  return { teamId: row.teamId, name: row.name, mode: Number(row.worksCouncil) ? 'team' : 'per-rep' };
}
