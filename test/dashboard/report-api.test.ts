// GET /api/v1/dashboard and its CSV against SQLite and PostgreSQL: the hand-counted figures of the
// seeded team, works-council mode vs per-rep mode, an empty team, and weeks past the retention.
import { describe, expect, it } from 'vitest';
import type { DashboardReport } from '../../src/stats/dashboard/report/types';
import { setTeamMode } from '../../src/stats/dashboard/set-mode';
import { deleteExpiredRawData } from '../../src/stats/server/queries/delete-expired-raw-data';
import { forEachDatabase } from '../stats/helpers/databases';
import { rep } from '../stats/helpers/fixtures';
import { mondayOf, seed, signInByApi, startDashboardServer, teamWithLead } from './helpers/dashboard-server';
import { LAST_4_WEEKS, LAST_12_WEEKS, scenarioEvents } from './helpers/scenario';

async function getReport(url: string, cookie: string, query: string): Promise<DashboardReport> {
  const response = await fetch(`${url}/api/v1/dashboard?${query}`, { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return response.json();
}

const figures = (cell: DashboardReport['total']) => {
  if (cell.hidden) throw new Error(`hidden: ${cell.reason}`);
  return cell;
};

forEachDatabase((db) => {
  it('reports the seeded team in works-council mode: hand-counted figures, small groups hidden, no rep ids', async () => {
    const team = await teamWithLead(db.store(), `Nord-${db.dialect}`, `nord-${db.dialect}@example.com`);
    await seed(db.store(), team.id, scenarioEvents());
    const server = await startDashboardServer(db.store());
    try {
      const { cookie } = await signInByApi(server.url, team.email, team.password);
      const four = await getReport(server.url, cookie, 'weeks=4');
      expect(four.range).toEqual({ from: mondayOf(3), to: expect.any(String) });
      const total = figures(four.total);
      expect(total).toMatchObject({
        reps: LAST_4_WEEKS.reps,
        reminders: LAST_4_WEEKS.reminders,
        chasers: LAST_4_WEEKS.chasers,
        missing: LAST_4_WEEKS.missing,
        cleanAborts: LAST_4_WEEKS.cleanAborts,
        actions: LAST_4_WEEKS.actions,
      });
      expect(four.weeks.map((w) => w.cell.hidden)).toEqual([true, false, false, false]);
      expect(figures(four.weeks[1].cell)).toMatchObject({ reps: 6, reminders: 12, chasers: 6 });
      expect(figures(four.weeks[2].cell)).toMatchObject({ reps: 6, reminders: 8, chasers: 2 });
      // Rep 6 alone on Gmail: hidden, and Outlook with it (total minus Outlook would be rep 6).
      expect(four.byHost.map((g) => [g.key, g.cell.hidden])).toEqual([
        ['gmail', true],
        ['outlook', true],
      ]);
      expect(four.byLanguage.map((g) => [g.key, g.cell.hidden])).toEqual([['de', false]]);
      expect(four.perRep).toBeUndefined();
      const csv = await (
        await fetch(`${server.url}/api/v1/dashboard/export.csv?weeks=4`, { headers: { Cookie: cookie } })
      ).text();
      for (const text of [JSON.stringify(four), csv]) {
        for (const r of [1, 2, 3, 4, 5, 6]) expect(text).not.toContain(rep(r));
      }

      const twelve = figures((await getReport(server.url, cookie, 'weeks=12')).total);
      expect([twelve.reminders, twelve.chasers]).toEqual([LAST_12_WEEKS.reminders, LAST_12_WEEKS.chasers]);
    } finally {
      await server.close();
    }
  });

  it('shows everything per rep once an admin set the team to per-rep mode', async () => {
    const team = await teamWithLead(db.store(), `PerRep-${db.dialect}`, `perrep-${db.dialect}@example.com`);
    await seed(db.store(), team.id, scenarioEvents());
    await setTeamMode(db.store(), team.name, 'per-rep');
    const server = await startDashboardServer(db.store());
    try {
      const { cookie } = await signInByApi(server.url, team.email, team.password);
      const report = await getReport(server.url, cookie, 'weeks=4');
      expect(report.team.mode).toBe('per-rep');
      expect(report.weeks[0].cell.hidden).toBe(false);
      expect(figures(report.weeks[0].cell)).toMatchObject({ reps: 2, reminders: 4, chasers: 4 });
      expect(report.byHost.map((g) => g.cell.hidden)).toEqual([false, false]);
      expect(report.perRep?.map((g) => g.key)).toEqual([1, 2, 3, 4, 5, 6].map(rep));
      expect(figures(report.perRep![0].cell)).toMatchObject({ reminders: 6, chasers: 4 });
      const csv = await (
        await fetch(`${server.url}/api/v1/dashboard/export.csv?weeks=4`, { headers: { Cookie: cookie } })
      ).text();
      expect(csv).toContain(`rep,${rep(1)},1,6,4,`);
      await setTeamMode(db.store(), team.name, 'team');
      expect((await getReport(server.url, cookie, 'weeks=4')).perRep).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('tells an empty team apart from an empty range, and marks weeks whose details retention deleted', async () => {
    const team = await teamWithLead(db.store(), `Old-${db.dialect}`, `old-${db.dialect}@example.com`);
    const server = await startDashboardServer(db.store());
    try {
      const { cookie } = await signInByApi(server.url, team.email, team.password);
      expect((await getReport(server.url, cookie, 'weeks=4')).teamHasEvents).toBe(false);
      await seed(db.store(), team.id, scenarioEvents());
      // Retention deletes every raw event before last week's Monday; the daily counts stay.
      await deleteExpiredRawData(db.store(), Date.parse(`${mondayOf(1)}T00:00:00Z`));
      const report = await getReport(server.url, cookie, 'weeks=4');
      expect(report.teamHasEvents).toBe(true);
      expect(report.weeks.map((w) => (w.cell.hidden ? w.cell.reason : 'shown'))).toEqual([
        'expired',
        'expired',
        'shown',
        'shown',
      ]);
      expect(figures(report.total)).toMatchObject({ reps: 6, reminders: 8 });
    } finally {
      await server.close();
    }
  });
});

describe('the query', () => {
  it('is refused with a reason when the range is malformed', async () => {
    // Covered per value in ranges-are-whole-weeks.test.ts; here only that the route answers 400.
    const { sqliteTarget } = await import('../stats/helpers/databases');
    const { openDatabase } = await import('../../src/stats/server/db/open');
    const location = await sqliteTarget.create();
    const store = await openDatabase(location);
    const team = await teamWithLead(store, 'Q', 'q@example.com');
    const server = await startDashboardServer(store);
    try {
      const { cookie } = await signInByApi(server.url, team.email, team.password);
      const response = await fetch(`${server.url}/api/v1/dashboard?weeks=999`, {
        headers: { Cookie: cookie },
      });
      expect(response.status).toBe(400);
      expect((await response.json()).reason).toMatch(/weeks must be/);
    } finally {
      await server.close();
      await store.close();
      await sqliteTarget.drop(location);
    }
  });
});
