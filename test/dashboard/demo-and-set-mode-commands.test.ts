// `klarheit demo` seeds a living team whose every group passes works-council mode, can be run again
// without counting anything twice, and prints a login that works; `klarheit admin set-mode` switches
// a team between works-council mode and per-rep view, with clear errors.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as admin } from '../../src/cli/admin';
import { run as demo } from '../../src/cli/demo';
import { lastWeeks } from '../../src/stats/dashboard/report/weeks';
import { loadReport } from '../../src/stats/dashboard/server/report-routes';
import { openDatabase } from '../../src/stats/server/db/open';
import { sqliteTarget } from '../stats/helpers/databases';
import { signInByApi, startDashboardServer } from './helpers/dashboard-server';

let location = '';

beforeAll(async () => {
  location = await sqliteTarget.create();
});

afterAll(async () => {
  await sqliteTarget.drop(location);
});

/** Runs a command, returning its exit code and what it printed. */
async function cli(command: (args: string[]) => Promise<number>, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line) => void out.push(String(line)));
  const error = vi.spyOn(console, 'error').mockImplementation((line) => void err.push(String(line)));
  try {
    return { code: await command(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('klarheit demo', () => {
  it('seeds twelve weeks of a team big enough for works-council mode, and prints a working login', async () => {
    const first = await cli(demo, ['--db', location, '--json']);
    expect(first.code).toBe(0);
    const login = JSON.parse(first.out);
    expect(login).toMatchObject({ team: 'Demo', email: 'demo@klarheit.example' });
    expect(login.events).toBeGreaterThan(1000);

    const store = await openDatabase(location);
    const server = await startDashboardServer(store);
    try {
      await signInByApi(server.url, login.email, login.password);
      const team = await store.db
        .selectFrom('teams')
        .select('id')
        .where('name', '=', 'Demo')
        .executeTakeFirstOrThrow();
      const report = await loadReport({ store }, team.id, { name: 'Demo', mode: 'team' }, lastWeeks(12));
      expect(report.weeks).toHaveLength(12);
      expect(report.weeks.every((w) => !w.cell.hidden && w.cell.reps >= 6)).toBe(true);
      expect([...report.byHost, ...report.byLanguage].every((g) => !g.cell.hidden)).toBe(true);
      expect(report.byHost.map((g) => g.key)).toEqual(['gmail', 'outlook']);
      expect(report.byLanguage.map((g) => g.key)).toEqual(['de', 'en']);
      if (report.total.hidden) throw new Error('the demo total is hidden');
      // The story the demo tells: fewer chasers in the last four weeks than in the first four.
      const share = (weeks: typeof report.weeks) => {
        const cells = weeks.flatMap((w) => (w.cell.hidden ? [] : [w.cell]));
        return cells.reduce((s, c) => s + c.chasers, 0) / cells.reduce((s, c) => s + c.reminders, 0);
      };
      expect(share(report.weeks.slice(-4))).toBeLessThan(share(report.weeks.slice(0, 4)));
    } finally {
      await server.close();
      await store.close();
    }
  });

  it('runs again without counting anything twice, and with a fresh password', async () => {
    const store = await openDatabase(location);
    const before = await store.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await store.close();
    const again = await cli(demo, ['--db', location, '--json']);
    expect(again.code).toBe(0);
    const login = JSON.parse(again.out);
    const reopened = await openDatabase(location);
    const after = await reopened.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const server = await startDashboardServer(reopened);
    try {
      // Only events of the last minutes can be new (the current week keeps filling up).
      expect(Number(after.n) - Number(before.n)).toBe(login.events);
      expect(login.events).toBeLessThan(50);
      await signInByApi(server.url, login.email, login.password);
    } finally {
      await server.close();
      await reopened.close();
    }
  });
});

describe('klarheit admin set-mode', () => {
  it('switches a team to per-rep view and back, and explains bad input', async () => {
    const perRep = await cli(admin, [
      'set-mode',
      '--db',
      location,
      '--team',
      'Demo',
      '--mode',
      'per-rep',
      '--json',
    ]);
    expect(perRep.code).toBe(0);
    expect(JSON.parse(perRep.out)).toEqual({ team: 'Demo', mode: 'per-rep', worksCouncilMode: false });
    const listed = await cli(admin, ['list', '--db', location, '--json']);
    expect(JSON.parse(listed.out).teams[0].worksCouncilMode).toBe(false);
    expect((await cli(admin, ['set-mode', '--db', location, '--team', 'Demo', '--mode', 'team'])).code).toBe(
      0,
    );
    expect(
      JSON.parse((await cli(admin, ['list', '--db', location, '--json'])).out).teams[0].worksCouncilMode,
    ).toBe(true);

    const unknown = await cli(admin, ['set-mode', '--db', location, '--team', 'Nobody', '--mode', 'team']);
    expect(unknown).toMatchObject({ code: 1, err: expect.stringContaining('no team named "Nobody"') });
    const badMode = await cli(admin, ['set-mode', '--db', location, '--team', 'Demo', '--mode', 'everyone']);
    expect(badMode).toMatchObject({ code: 1, err: expect.stringContaining('--mode must be') });
  });
});
