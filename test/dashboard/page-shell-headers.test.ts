// GET /dashboard: the page shell with strict security headers, in the browser's language, loading the
// built script from the static mount.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type StatsDb } from '../../src/stats/server/db/open';
import { sqliteTarget } from '../stats/helpers/databases';
import type { RunningTestServer } from '../stats/helpers/fixtures';
import { requireBuiltDashboard, startDashboardServer } from './helpers/dashboard-server';

let location = '';
let store: StatsDb;
let server: RunningTestServer;

beforeAll(async () => {
  requireBuiltDashboard();
  location = await sqliteTarget.create();
  store = await openDatabase(location);
  server = await startDashboardServer(store);
});

afterAll(async () => {
  await server.close();
  await store.close();
  await sqliteTarget.drop(location);
});

it('is served at /dashboard and /dashboard/ with a CSP that allows no inline or foreign script and no framing', async () => {
  for (const path of ['/dashboard', '/dashboard/']) {
    const response = await fetch(`${server.url}${path}`, {
      headers: { 'Accept-Language': 'de-AT,de;q=0.9' },
    });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await response.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<script src="/dashboard/dashboard.js"></script>');
    expect(html).not.toMatch(/<script>/);
  }
  const english = await (
    await fetch(`${server.url}/dashboard`, { headers: { 'Accept-Language': 'en-GB' } })
  ).text();
  expect(english).toContain('<html lang="en">');
  const script = await fetch(`${server.url}/dashboard/dashboard.js`);
  expect(script.status).toBe(200);
  expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
});
