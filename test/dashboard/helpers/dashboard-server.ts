// A running server with the dashboard extension, teams with leads, and events placed in whole weeks
// relative to today, for the dashboard's API and browser tests.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { addDays, parseIsoDate, weekStart } from '../../../src/stats/dashboard/report/weeks';
import { createDashboard, type DashboardOptions } from '../../../src/stats/dashboard/server';
import type { StatsEvent } from '../../../src/stats/event';
import { createLead, createTeam } from '../../../src/stats/server/admin';
import type { StatsDb } from '../../../src/stats/server/db/open';
import { insertEventBatch } from '../../../src/stats/server/queries/insert-event-batch';
import { type RunningTestServer, rep, startTestServer, statsEvent } from '../../stats/helpers/fixtures';

export const WEB_DIR = path.resolve('dist/web');

export function requireBuiltDashboard(): void {
  if (!existsSync(path.join(WEB_DIR, 'dashboard', 'dashboard.js'))) {
    throw new Error(
      'dist/web/dashboard/dashboard.js is missing: run `npx webpack --mode production --env only=dashboard`',
    );
  }
}

export function startDashboardServer(
  store: StatsDb,
  options: DashboardOptions = {},
): Promise<RunningTestServer> {
  return startTestServer(store, {
    extensions: [createDashboard({ loginAttemptsPerMinute: 1000, ...options })],
    staticMounts: [{ prefix: '/', dir: WEB_DIR }],
  });
}

export interface TestTeam {
  id: string;
  name: string;
  email: string;
  password: string;
}

export async function teamWithLead(store: StatsDb, name: string, email: string): Promise<TestTeam> {
  const team = await createTeam(store, name);
  const password = `pw-${email}-long-enough`;
  await createLead(store, name, email, password);
  return { id: team.id, name, email, password };
}

/** Monday of the week `weeksAgo` weeks before this one (0 = this week), YYYY-MM-DD. */
export function mondayOf(weeksAgo: number, now = Date.now()): string {
  return addDays(weekStart(now), -7 * weeksAgo);
}

/** An event in a past week (Tuesday 10:00 UTC by default), by rep number. */
export function eventIn(
  weeksAgo: number,
  repNumber: number,
  overrides: Partial<StatsEvent> = {},
): StatsEvent {
  const tuesday = parseIsoDate(addDays(mondayOf(weeksAgo), 1))! + 10 * 3_600_000;
  return statsEvent({ ts: new Date(tuesday).toISOString(), rep: rep(repNumber), ...overrides });
}

export async function seed(store: StatsDb, teamId: string, events: StatsEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 500) {
    await insertEventBatch(store, teamId, { events: events.slice(i, i + 500) }, Date.now());
  }
}

export interface LeadSession {
  cookie: string;
  csrfToken: string;
}

export async function signInByApi(url: string, email: string, password: string): Promise<LeadSession> {
  const response = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
