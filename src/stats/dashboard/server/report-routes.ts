// The dashboard's figures for the signed-in lead's own team — as JSON for the page, as CSV for export.
// The team comes from the session only, never from the request, so no parameter can reach another team.
import type { AppContext } from '../../server/app-context';
import { HttpError, sendJson } from '../../server/http';
import type { RequestContext } from '../../server/router';
import { buildReport } from '../report/build-report';
import { csvFileName, reportToCsv } from '../report/csv';
import type { DashboardReport } from '../report/types';
import { lastWeeks, parseIsoDate, snapToWeeks, type WeekRange, weeksIn } from '../report/weeks';
import { requireReadySession } from './guards';
import { eventCounts, repActivity } from './queries/event-counts';
import { aggregatedEventsPerWeek } from './queries/events-per-week';
import { teamHasEvents } from './queries/team-has-events';
import { teamOfLead } from './queries/team-of-lead';

/** About three years: enough for any review, small enough to keep one query cheap. */
export const MAX_WEEKS = 156;

/** `?weeks=N` (the last N weeks, this one included) or `?from=YYYY-MM-DD&to=YYYY-MM-DD` (widened to whole weeks). */
export function rangeFromQuery(params: URLSearchParams, now: number): WeekRange {
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    if (!from || !to || parseIsoDate(from) === undefined || parseIsoDate(to) === undefined) {
      throw new HttpError(400, 'invalid_query', 'from and to must both be dates like 2026-03-02');
    }
    const range = snapToWeeks(from, to);
    if (weeksIn(range).length > MAX_WEEKS) {
      throw new HttpError(400, 'invalid_query', `a range spans at most ${MAX_WEEKS} weeks`);
    }
    return range;
  }
  const weeks = Number(params.get('weeks') ?? '12');
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    throw new HttpError(400, 'invalid_query', `weeks must be a whole number from 1 to ${MAX_WEEKS}`);
  }
  return lastWeeks(weeks, now);
}

async function reportFor({ req, url, app }: RequestContext): Promise<DashboardReport> {
  const session = await requireReadySession(req, app);
  const range = rangeFromQuery(url.searchParams, app.now());
  const team = await teamOfLead(app.store, session.leadId);
  if (!team) throw new HttpError(401, 'signed_out', 'sign in first');
  return loadReport(app, team.teamId, { name: team.name, mode: team.mode }, range);
}

export async function loadReport(
  app: Pick<AppContext, 'store'>,
  teamId: string,
  team: DashboardReport['team'],
  range: WeekRange,
): Promise<DashboardReport> {
  const [counts, activity, aggregated, hasEvents] = await Promise.all([
    eventCounts(app.store, teamId, range, { perRep: team.mode === 'per-rep' }),
    repActivity(app.store, teamId, range),
    aggregatedEventsPerWeek(app.store, teamId, range),
    teamHasEvents(app.store, teamId),
  ]);
  const rawPerWeek = new Map<string, number>();
  for (const row of counts) rawPerWeek.set(row.week, (rawPerWeek.get(row.week) ?? 0) + row.count);
  const expiredWeeks = [...aggregated]
    .filter(([week, n]) => n > (rawPerWeek.get(week) ?? 0))
    .map(([week]) => week);
  return buildReport({ team, range, teamHasEvents: hasEvents, counts, activity, expiredWeeks });
}

export async function dashboardJson(ctx: RequestContext): Promise<void> {
  sendJson(ctx.res, 200, await reportFor(ctx));
}

export async function dashboardCsv(ctx: RequestContext): Promise<void> {
  const report = await reportFor(ctx);
  const csv = reportToCsv(report);
  ctx.res.writeHead(200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${csvFileName(report)}"`,
    'Content-Length': Buffer.byteLength(csv),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  ctx.res.end(csv);
}
