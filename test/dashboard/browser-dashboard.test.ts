// The dashboard in Debian's Chromium: a lead signs in, sees the seeded team's charts and tables with
// the hand-counted numbers, switches the range, exports CSV, switches to German, signs out; works-council
// mode hides small groups and per-rep data; a lead of another team sees none of it; hostile names stay
// text; axe finds nothing serious. Takes the README's screenshot of the demo team: into a temporary folder,
// or over docs/img/dashboard.png with KLARHEIT_UPDATE_SCREENSHOT=1 (a test run must not change tracked files).
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoEvents } from '../../src/stats/dashboard/demo-data';
import { addDays } from '../../src/stats/dashboard/report/weeks';
import { setTeamMode } from '../../src/stats/dashboard/set-mode';
import { createLead } from '../../src/stats/server/admin';
import { openDatabase, type StatsDb } from '../../src/stats/server/db/open';
import { sqliteTarget } from '../stats/helpers/databases';
import type { RunningTestServer } from '../stats/helpers/fixtures';
import { launchChromium, seriousAxeViolations, signInInBrowser } from './helpers/browser';
import {
  mondayOf,
  requireBuiltDashboard,
  seed,
  startDashboardServer,
  type TestTeam,
  teamWithLead,
} from './helpers/dashboard-server';
import { LAST_4_WEEKS, LAST_12_WEEKS, scenarioEvents } from './helpers/scenario';

const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
const HOSTILE_REP = '<img src=x onerror="window.__pwned=3">';

// A browser on a machine shared with every other test file: give each step room.
vi.setConfig({ testTimeout: 90_000 });

let location = '';
let store: StatsDb;
let server: RunningTestServer;
let browser: Browser;
let nord: TestTeam;
let empty: TestTeam;
let hostile: TestTeam;
let demo: TestTeam;

beforeAll(async () => {
  requireBuiltDashboard();
  location = await sqliteTarget.create();
  store = await openDatabase(location);
  server = await startDashboardServer(store);
  nord = await teamWithLead(store, 'Vertrieb Nord', 'lead.nord@example.com');
  await seed(store, nord.id, scenarioEvents());
  empty = await teamWithLead(store, 'Team B', 'lead.b@example.com');
  hostile = await teamWithLead(store, HOSTILE, 'lead.hostile@example.com');
  await setTeamMode(store, HOSTILE, 'per-rep');
  // Written straight into the table: the ingest API would refuse such a rep id, an old or broken
  // database might not have.
  await store.db
    .insertInto('events')
    .values({
      team_id: hostile.id,
      id: 'hostile-1',
      ts: Date.parse(`${mondayOf(1)}T10:00:00Z`),
      rep: HOSTILE_REP,
      host: 'outlook',
      lang: 'de',
      verdict: 'chaser',
      missing_agreement: 1,
      missing_value: 1,
      missing_timebound: 0,
      prior_unanswered: 1,
      action: 'shown',
      received_at: Date.now(),
    })
    .execute();
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

async function newPage(locale = 'en-GB', viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale, acceptDownloads: true, viewport });
  return context.newPage();
}

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] dd`).textContent();
const cells = (page: Page, table: string, key: string) =>
  page.locator(`[data-testid="${table}-table"] tr[data-key="${key}"] td`).allTextContents();

async function waitForRange(page: Page, before: string | null): Promise<void> {
  await expect.poll(() => page.getByTestId('range-shown').textContent()).not.toBe(before);
  await page.locator('main.dashboard[data-state="ready"]').waitFor();
}

describe('a lead of a team in works-council mode', () => {
  it('sees the charts and tables with the right numbers, switches the range and exports CSV', async () => {
    const page = await newPage();
    await signInInBrowser(page, server.url, nord.email, nord.password);
    expect(await page.getByTestId('team-name').textContent()).toBe('Vertrieb Nord');
    expect(await page.locator('[data-mode="team"]').textContent()).toContain('Works-council mode');

    // Default: the last 12 weeks.
    expect(await kpi(page, 'reminders')).toBe(String(LAST_12_WEEKS.reminders));
    expect(await kpi(page, 'chaser-share')).toBe(LAST_12_WEEKS.chaserShare);
    expect(await page.locator('.chart-canvas canvas').count()).toBe(3);

    const before = await page.getByTestId('range-shown').textContent();
    await page.locator('[data-range="4"]').click();
    await waitForRange(page, before);
    expect(await page.locator('[data-range="4"]').getAttribute('aria-pressed')).toBe('true');
    expect(await kpi(page, 'reminders')).toBe(String(LAST_4_WEEKS.reminders));
    expect(await kpi(page, 'chaser-share')).toBe(LAST_4_WEEKS.chaserShare);
    expect(await kpi(page, 'top-missing')).toBe('No agreement');
    expect(await kpi(page, 'clean-aborts')).toBe('1');
    expect(await kpi(page, 'reps')).toBe('6');
    expect(await page.getByTestId('hidden-weeks').textContent()).toContain('1 week with fewer than 5 reps');

    expect(await cells(page, 'chaser', mondayOf(2))).toEqual(['6', '12', '6', '50%']);
    expect(await cells(page, 'chaser', mondayOf(1))).toEqual(['6', '8', '2', '25%']);
    expect(await cells(page, 'chaser', mondayOf(3))).toEqual(['too few reps to show']);
    expect(await cells(page, 'missing', mondayOf(1))).toEqual(['8', '5 (63%)', '2 (25%)', '5 (63%)']);
    expect(await cells(page, 'aborts', mondayOf(1))).toEqual(['1', '1']);
    const actions = page.locator('[data-testid="actions-table"] tbody tr');
    expect(await actions.locator('td.num').allTextContents()).toEqual(['21', '3', '1', '0', '2', '1', '0']);
    // Rep 6 alone on Gmail hides Gmail — and Outlook, which would give rep 6 away by subtraction.
    expect(await cells(page, 'host', 'gmail')).toEqual(['too few reps to show']);
    expect(await cells(page, 'host', 'outlook')).toEqual(['too few reps to show']);
    expect(await cells(page, 'language', 'de')).toEqual(['6', '20', '40%', '55%', '40%', '25%', '1']);
    expect(await page.locator('[data-card="per-rep"]').count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^klarheit-Vertrieb-Nord-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[1]).toMatch(/^total,[\d-]+\.\.[\d-]+,6,20,8,0\.4000,11,8,5,1,21,3,1,0,2,1,0,$/);
    expect(csv).toContain(`week,${mondayOf(3)},,,,,,,,,,,,,,,,too few reps to show`);
    expect(csv).toContain(`week,${mondayOf(2)},6,12,6,0.5000,6,6,0,0,12,3,0,0,0,1,0,`);

    // Custom: two weeks ago to last week, given mid-week: widened to whole weeks.
    await page.locator('[data-range="custom"]').click();
    await page.locator('input[name="from"]').fill(addDays(mondayOf(2), 2));
    await page.locator('input[name="to"]').fill(addDays(mondayOf(1), 1));
    const beforeCustom = await page.getByTestId('range-shown').textContent();
    await page.getByRole('button', { name: 'Apply' }).click();
    await waitForRange(page, beforeCustom);
    expect(await page.locator('[data-testid="chaser-table"] tbody tr').count()).toBe(2);
    expect(await kpi(page, 'reminders')).toBe('20');

    // Too long a range: the lead is told why, and the figures shown stay.
    await page.locator('input[name="from"]').fill('2020-01-01');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.locator('.notice.error').textContent()).toContain('at most 156 weeks');
    expect(await kpi(page, 'reminders')).toBe('20');
  });

  it('reads in German after the switch, and is signed out after "Abmelden"', async () => {
    const page = await newPage('en-US');
    await signInInBrowser(page, server.url, nord.email, nord.password);
    await page.locator('[data-lang="de"]').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('h1').textContent()).toBe('Was hätte vorher klar sein müssen?');
    expect(await kpi(page, 'chaser-share')).toMatch(/^54\s%$/);
    expect(await page.locator('[data-kpi="reminders"] dt').textContent()).toBe('Geprüfte Erinnerungen');
    await page.reload();
    await page.locator('main.dashboard[data-state="ready"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Was hätte vorher klar sein müssen?');

    await page.getByTestId('sign-out').click();
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    const response = await page.request.get(`${server.url}/api/v1/dashboard`);
    expect(response.status()).toBe(401);
  });

  it('has no serious accessibility problems on the sign-in page or the dashboard', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await signInInBrowser(page, server.url, nord.email, nord.password);
    await page.locator('details').evaluateAll((all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('fits a phone screen without sideways scrolling of the page, and its wide tables scroll by keyboard too', async () => {
    const page = await newPage('de-DE', { width: 390, height: 844 });
    await signInInBrowser(page, server.url, nord.email, nord.password);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('details').evaluateAll((all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('reads well in dark mode (axe checks the contrast)', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInInBrowser(page, server.url, nord.email, nord.password);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('a lead created with a one-time password', () => {
  it('chooses a new password first, then sees the dashboard', async () => {
    const { oneTimePassword } = await createLead(store, 'Vertrieb Nord', 'new.lead@example.com', null);
    const page = await newPage();
    await page.goto(`${server.url}/dashboard`);
    await page.getByLabel('Email').fill('new.lead@example.com');
    await page.getByLabel('Password').fill(oneTimePassword!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Choose your own password' }).waitFor();
    await page.getByLabel('One-time password').fill(oneTimePassword!);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('at least 10 characters');
    await page.getByLabel('New password').fill('my own long password');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.locator('main.dashboard[data-state="ready"]').waitFor();
    expect(await kpi(page, 'reminders')).toBe(String(LAST_12_WEEKS.reminders));
  });
});

describe('another team', () => {
  it('sees none of Vertrieb Nord, and with no events yet, how to connect the add-in and the extension', async () => {
    const page = await newPage();
    await signInInBrowser(page, server.url, empty.email, empty.password);
    expect(await page.getByTestId('team-name').textContent()).toBe('Team B');
    expect(await page.getByTestId('endpoint').textContent()).toBe(server.url);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toContain('Vertrieb Nord');
    expect(text).toContain('Outlook add-in');
    expect(text).toContain('Gmail extension');
    const report = await (await page.request.get(`${server.url}/api/v1/dashboard?team=${nord.id}`)).json();
    expect(report.team.name).toBe('Team B');
    expect(report.teamHasEvents).toBe(false);
  });
});

describe('a team an admin set to per-rep view, with hostile names', () => {
  it('says so visibly, shows the per-rep table, and renders names and rep ids as inert text', async () => {
    const page = await newPage();
    await signInInBrowser(page, server.url, hostile.email, hostile.password);
    expect(await page.getByTestId('team-name').textContent()).toBe(HOSTILE);
    expect(await page.locator('[data-mode="per-rep"]').textContent()).toContain('Per-rep view is on');
    const repCell = page.locator('[data-testid="per-rep-table"] tbody th span');
    expect(await repCell.allTextContents()).toEqual([`${HOSTILE_REP.slice(0, 12)}…`]);
    expect(await repCell.getAttribute('title')).toBe(HOSTILE_REP);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^klarheit-script-window-__pwned-1-script-img-src-x-onerror-window-__pwned-2-[\d-]+\.csv$/,
    );
  });
});

describe('the README screenshot', () => {
  it('is taken of the demo team', async () => {
    const page = await newPage();
    await signInInBrowser(page, server.url, demo.email, demo.password);
    const folder = process.env.KLARHEIT_UPDATE_SCREENSHOT
      ? path.resolve('docs/img')
      : mkdtempSync(path.join(tmpdir(), 'klarheit-screenshot-'));
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'dashboard.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(readFileSync(file).length).toBeGreaterThan(50_000);
  });
});
