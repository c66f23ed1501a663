// The stats server's public surface.
//
// HOW TO ADD ROUTES (the dashboard, issue 6):
//   1. Write a `ServerExtension` (see app-context.ts) in src/stats/dashboard/…:
//        export const dashboard: ServerExtension = {
//          registerRoutes(router, app) {
//            router.get('/dashboard/*', serveDashboardPage);           // prefix route
//            router.post('/api/v1/session', logIn);                     // exact route
//            router.delete('/api/v1/session', logOut);
//          },
//          // Lets GET /api/v1/stats accept a logged-in lead (as well as a Bearer stats token):
//          async resolveSession(req, app) { return principal or null; },
//        };
//      A handler gets `{ req, res, url, app }`; `app.store.db` is the Kysely handle (SQLite or
//      PostgreSQL, same queries), `app.log` the structured logger (never log secrets), `app.now()`.
//      Throw `new HttpError(status, code, reason)` for an error answer; use `sendJson`, `readBody`,
//      `parseJson` from './http'. Authorization: `canViewTeam(principal, teamId)` in './auth'.
//   2. Add it to the list in ./extensions.ts (one import, one list entry); `klarheit serve` and
//      `createServer({ db, extensions })` in tests pick it up.
//   Tables (created by db/migrations/, types in db/schema.ts): teams, leads, sessions, tokens,
//   events, daily_aggregates, daily_counts, daily_reps, drop_reports. Times are epoch ms
//   integers; days are UTC epoch days; booleans are written with sqlBool() and read with Boolean().
//   Raw events by time: filter on `eventDay` (queries/event-day.ts), whole days, so that the
//   (team_id, day) index applies; a condition on `ts` alone scans all of the team's events.
//   Passwords: hashSecret/verifySecret (scrypt); session ids and tokens: generateToken + hashToken.
//   Stats numbers for the dashboard: statsSummary() in queries/stats-summary.ts (the same JSON as
//   GET /api/v1/stats, including `reps` per bucket for the works-council "fewer than 5" rule).
//   Static files: routes run first, then dist/web at / (so dist/web/dashboard/ is served at /dashboard/).
export type { AppContext, ServerExtension } from './app-context';
export {
  bearerToken,
  canViewTeam,
  generateToken,
  hashSecret,
  hashToken,
  type Principal,
  verifySecret,
} from './auth';
export { createServer, type ServerOptions, type StatsServer } from './create-server';
export { openDatabase, type StatsDb, sqlBool } from './db/open';
export type { Database } from './db/schema';
export { HttpError, parseJson, readBody, sendJson } from './http';
export { createLogger, type Logger, silentLogger } from './log';
export { type StatsSummary, statsSummary } from './queries/stats-summary';
export { type Handler, type RequestContext, Router } from './router';
export { type RunningServer, type StartOptions, startServer } from './start-server';
