// The dashboard as a stats-server extension (see src/stats/server/app-context.ts): its routes, and the
// session resolver that lets a signed-in lead of a per-rep team call GET /api/v1/stats for their team.
import type { ServerExtension } from '../../server/app-context';
import type { Principal } from '../../server/auth';
import { createRateLimiter } from '../../server/rate-limit';
import { currentSession } from './guards';
import { dashboardPage } from './page';
import { teamOfLead } from './queries/team-of-lead';
import { dashboardCsv, dashboardJson } from './report-routes';
import { changePassword, logIn, logOut, whoAmI } from './session-routes';

export interface DashboardOptions {
  /** Sign-in attempts per minute per client address (a burst of this many, then this rate). */
  loginAttemptsPerMinute?: number;
}

export function createDashboard(options: DashboardOptions = {}): ServerExtension {
  return {
    registerRoutes(router, app) {
      const limiter = createRateLimiter(options.loginAttemptsPerMinute ?? 10, app.now);
      router.get('/dashboard', dashboardPage);
      router.get('/dashboard/', dashboardPage);
      router.post('/api/v1/session', logIn(limiter));
      router.get('/api/v1/session', whoAmI);
      router.delete('/api/v1/session', logOut);
      router.post('/api/v1/session/password', changePassword);
      router.get('/api/v1/dashboard', dashboardJson);
      router.get('/api/v1/dashboard/export.csv', dashboardCsv);
    },
    // GET /api/v1/stats returns the daily counts as they are, without the "fewer than 5 reps" rule, so
    // in works-council mode a lead's session does not open it: the dashboard's own JSON and CSV apply
    // the rule. Per-rep mode (an admin's decision, as is handing out a stats token) opens it.
    async resolveSession(req, app): Promise<Principal | null> {
      const session = await currentSession(req, app);
      if (!session || session.mustChangePassword) return null;
      const team = await teamOfLead(app.store, session.leadId);
      if (team?.mode !== 'per-rep') return null;
      return { kind: 'lead', leadId: session.leadId, teamId: session.teamId };
    },
  };
}

export const dashboard = createDashboard();
