import { bearerToken, canViewTeam, type Principal } from '../auth';
import { dayOf } from '../days';
import { HttpError, sendJson } from '../http';
import { type Bucket, statsSummary } from '../queries/stats-summary';
import { teamIdByStatsToken } from '../queries/team-id-by-stats-token';
import type { RequestContext } from '../router';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 3660;

async function principalOf({ req, app }: RequestContext): Promise<Principal> {
  const token = bearerToken(req);
  if (token) {
    const teamId = await teamIdByStatsToken(app.store, token);
    if (teamId) return { kind: 'token', teamId };
  } else {
    const lead = await app.resolveSession(req);
    if (lead) return lead;
  }
  throw new HttpError(
    401,
    'unauthorized',
    'log in as a team lead or send a stats token (Authorization: Bearer …)',
    {
      'WWW-Authenticate': 'Bearer',
    },
  );
}

/** `2026-03-02` or a full ISO time → its UTC day. */
function parseDay(value: string | null, name: string, fallback: number): number {
  if (value === null || value === '') return fallback;
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
  if (Number.isNaN(time)) throw new HttpError(400, 'invalid_query', `${name} must be a date like 2026-03-02`);
  return dayOf(time);
}

/**
 * GET /api/v1/stats?from=&to=&bucket=day|week[&team=] for a team lead's session or a stats token:
 * the team's counts by verdict, missing element, action, host and language, overall and per bucket.
 */
export async function teamStats(ctx: RequestContext): Promise<void> {
  const principal = await principalOf(ctx);
  const { searchParams } = ctx.url;
  const teamId = searchParams.get('team') ?? principal.teamId;
  if (!canViewTeam(principal, teamId))
    throw new HttpError(403, 'forbidden', 'you may only view your own team');
  const bucket = (searchParams.get('bucket') ?? 'day') as Bucket;
  if (bucket !== 'day' && bucket !== 'week') {
    throw new HttpError(400, 'invalid_query', 'bucket must be day or week');
  }
  const toDay = parseDay(searchParams.get('to'), 'to', dayOf(ctx.app.now()));
  const fromDay = parseDay(searchParams.get('from'), 'from', toDay - (DEFAULT_DAYS - 1));
  if (fromDay > toDay) throw new HttpError(400, 'invalid_query', 'from must not be after to');
  if (toDay - fromDay >= MAX_DAYS) {
    throw new HttpError(400, 'invalid_query', `a range spans at most ${MAX_DAYS} days`);
  }
  sendJson(ctx.res, 200, {
    team: teamId,
    ...(await statsSummary(ctx.app.store, teamId, { fromDay, toDay, bucket })),
  });
}
