// The same page on PostgreSQL (a database of its own, dropped afterwards): sign in, the seeded team's
// figures, one range switch. The full browser run uses SQLite; every query also runs on PostgreSQL in
// report-api.test.ts. Skipped with a visible notice where no PostgreSQL is reachable.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type StatsDb } from '../../src/stats/server/db/open';
import { postgresSkipReason, postgresTarget } from '../stats/helpers/databases';
import type { RunningTestServer } from '../stats/helpers/fixtures';
import { launchChromium, signInInBrowser } from './helpers/browser';
import {
  requireBuiltDashboard,
  seed,
  startDashboardServer,
  type TestTeam,
  teamWithLead,
} from './helpers/dashboard-server';
import { LAST_4_WEEKS, LAST_12_WEEKS, scenarioEvents } from './helpers/scenario';

// A browser on a machine shared with every other test file: give each step room.
vi.setConfig({ testTimeout: 90_000 });

describe.skipIf(postgresSkipReason !== null)('the dashboard on PostgreSQL', () => {
  let location = '';
  let store: StatsDb;
  let server: RunningTestServer;
  let browser: Browser;
  let team: TestTeam;

  beforeAll(async () => {
    requireBuiltDashboard();
    location = await postgresTarget.create();
    store = await openDatabase(location);
    server = await startDashboardServer(store);
    team = await teamWithLead(store, 'Vertrieb Süd', 'lead.sued@example.com');
    await seed(store, team.id, scenarioEvents());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (location) await postgresTarget.drop(location);
  });

  it('shows the seeded figures and switches the range', async () => {
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await signInInBrowser(page, server.url, team.email, team.password);
    const kpi = (id: string) => page.locator(`[data-kpi="${id}"] dd`).textContent();
    expect(await kpi('reminders')).toBe(String(LAST_12_WEEKS.reminders));
    const before = await page.getByTestId('range-shown').textContent();
    await page.locator('[data-range="4"]').click();
    await expect.poll(() => page.getByTestId('range-shown').textContent()).not.toBe(before);
    await expect.poll(() => kpi('chaser-share')).toBe(LAST_4_WEEKS.chaserShare);
    expect(await kpi('reminders')).toBe(String(LAST_4_WEEKS.reminders));
  });
});
