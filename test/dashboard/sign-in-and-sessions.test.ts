// Team-lead sign-in against SQLite and PostgreSQL: cookie flags, CSRF, sign-out, rate limit, lockout,
// the one-time-password change, and a session that reaches only its own team.
import { describe, expect, it } from 'vitest';
import { createDashboard } from '../../src/stats/dashboard/server';
import { LOCK_MS, MAX_FAILURES } from '../../src/stats/dashboard/server/session-routes';
import { setTeamMode } from '../../src/stats/dashboard/set-mode';
import { createLead } from '../../src/stats/server/admin';
import { forEachDatabase } from '../stats/helpers/databases';
import { getStats, startTestServer } from '../stats/helpers/fixtures';
import { eventIn, seed, signInByApi, startDashboardServer, teamWithLead } from './helpers/dashboard-server';

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

forEachDatabase((db) => {
  describe('sign-in', () => {
    it('sets an HttpOnly, SameSite=Strict session cookie, Secure only behind HTTPS', async () => {
      const team = await teamWithLead(db.store(), `cookie-${db.dialect}`, `cookie-${db.dialect}@example.com`);
      const server = await startDashboardServer(db.store());
      try {
        const plain = await post(server.url, { email: team.email, password: team.password });
        expect(plain.status).toBe(200);
        const cookie = plain.headers.get('set-cookie')!;
        expect(cookie).toMatch(
          /^klarheit_session=kk_session_[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/,
        );
        const body = await plain.json();
        expect(body).toMatchObject({
          email: team.email,
          team: { name: team.name, mode: 'team' },
          mustChangePassword: false,
        });
        expect(JSON.stringify(body)).not.toContain('kk_session_');

        const proxied = await post(
          server.url,
          { email: team.email.toUpperCase(), password: team.password },
          { 'X-Forwarded-Proto': 'https' },
        );
        expect(proxied.headers.get('set-cookie')).toMatch(/; Secure$/);
      } finally {
        await server.close();
      }
    });

    it('answers a wrong password and an unknown email alike, and refuses cross-site and non-JSON requests', async () => {
      const team = await teamWithLead(db.store(), `wrong-${db.dialect}`, `wrong-${db.dialect}@example.com`);
      const server = await startDashboardServer(db.store());
      try {
        const wrong = await post(server.url, { email: team.email, password: 'not the password' });
        const unknown = await post(server.url, { email: 'nobody@example.com', password: 'not the password' });
        expect(wrong.status).toBe(401);
        expect(unknown.status).toBe(401);
        expect(await wrong.json()).toEqual(await unknown.json());
        expect(wrong.headers.get('set-cookie')).toBeNull();

        const crossSite = await post(
          server.url,
          { email: team.email, password: team.password },
          { Origin: 'https://evil.example' },
        );
        expect(crossSite.status).toBe(403);
        const form = await fetch(`${server.url}/api/v1/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: `email=${team.email}&password=${team.password}`,
        });
        expect(form.status).toBe(415);
        expect((await post(server.url, { email: team.email })).status).toBe(400);
      } finally {
        await server.close();
      }
    });

    it(`locks an account after ${MAX_FAILURES} wrong passwords, even for the right one, until the lock ends`, async () => {
      const team = await teamWithLead(db.store(), `lock-${db.dialect}`, `lock-${db.dialect}@example.com`);
      let clock = Date.now();
      const server = await startTestServer(db.store(), {
        now: () => clock,
        extensions: [createDashboard({ loginAttemptsPerMinute: 1000 })],
      });
      try {
        for (let i = 1; i < MAX_FAILURES; i++)
          expect((await post(server.url, { email: team.email, password: `guess ${i}` })).status).toBe(401);
        const locking = await post(server.url, { email: team.email, password: 'last guess' });
        expect(locking.status).toBe(429);
        expect(Number(locking.headers.get('retry-after'))).toBe(LOCK_MS / 1000);
        const rightButLocked = await post(server.url, { email: team.email, password: team.password });
        expect(rightButLocked.status).toBe(429);
        expect(rightButLocked.headers.get('set-cookie')).toBeNull();

        clock += LOCK_MS + 1;
        expect((await post(server.url, { email: team.email, password: team.password })).status).toBe(200);
      } finally {
        await server.close();
      }
    });

    it('rate-limits sign-in attempts per client address', async () => {
      const server = await startDashboardServer(db.store(), { loginAttemptsPerMinute: 3 });
      try {
        const statuses = [];
        for (let i = 0; i < 4; i++)
          statuses.push((await post(server.url, { email: 'spray@example.com', password: 'x' })).status);
        expect(statuses).toEqual([401, 401, 401, 429]);
      } finally {
        await server.close();
      }
    });
  });

  describe('a session', () => {
    it('signs out only with the CSRF token, and is gone afterwards', async () => {
      const team = await teamWithLead(db.store(), `logout-${db.dialect}`, `logout-${db.dialect}@example.com`);
      const server = await startDashboardServer(db.store());
      try {
        const lead = await signInByApi(server.url, team.email, team.password);
        const withoutToken = await fetch(`${server.url}/api/v1/session`, {
          method: 'DELETE',
          headers: { Cookie: lead.cookie },
        });
        expect(withoutToken.status).toBe(403);
        const wrongToken = await fetch(`${server.url}/api/v1/session`, {
          method: 'DELETE',
          headers: {
            Cookie: lead.cookie,
            'X-CSRF-Token': `${lead.csrfToken.slice(0, -1)}${lead.csrfToken.endsWith('A') ? 'B' : 'A'}`,
          },
        });
        expect(wrongToken.status).toBe(403);
        expect(
          (await fetch(`${server.url}/api/v1/session`, { headers: { Cookie: lead.cookie } })).status,
        ).toBe(200);

        const out = await fetch(`${server.url}/api/v1/session`, {
          method: 'DELETE',
          headers: { Cookie: lead.cookie, 'X-CSRF-Token': lead.csrfToken },
        });
        expect(out.status).toBe(204);
        expect(out.headers.get('set-cookie')).toMatch(/^klarheit_session=; .*Max-Age=0/);
        expect(
          (await fetch(`${server.url}/api/v1/session`, { headers: { Cookie: lead.cookie } })).status,
        ).toBe(401);
        expect(
          (await fetch(`${server.url}/api/v1/dashboard`, { headers: { Cookie: lead.cookie } })).status,
        ).toBe(401);
      } finally {
        await server.close();
      }
    });

    it('reaches only its own team: dashboard, CSV and (in per-rep mode) GET /api/v1/stats', async () => {
      const a = await teamWithLead(db.store(), `A-${db.dialect}`, `a-${db.dialect}@example.com`);
      const b = await teamWithLead(db.store(), `B-${db.dialect}`, `b-${db.dialect}@example.com`);
      await seed(
        db.store(),
        a.id,
        [1, 2, 3, 4, 5, 6].map((r) => eventIn(1, r, { verdict: 'chaser' })),
      );
      const server = await startDashboardServer(db.store());
      try {
        const lead = await signInByApi(server.url, b.email, b.password);
        const headers = { Cookie: lead.cookie };
        const report = await (
          await fetch(`${server.url}/api/v1/dashboard?weeks=4&team=${a.id}`, { headers })
        ).json();
        expect(report.team.name).toBe(b.name);
        expect(report.teamHasEvents).toBe(false);
        expect(JSON.stringify(report)).not.toContain(a.name);
        const csv = await (
          await fetch(`${server.url}/api/v1/dashboard/export.csv?weeks=4`, { headers })
        ).text();
        expect(csv).toContain('total,');
        expect(csv).not.toMatch(/,6,/);

        // GET /api/v1/stats has no works-council rule: a session opens it only in per-rep mode.
        expect((await getStats(server.url, '', headers)).status).toBe(401);
        await setTeamMode(db.store(), b.name, 'per-rep');
        expect((await getStats(server.url, `?team=${a.id}`, headers)).status).toBe(403);
        const own = await getStats(server.url, '', headers);
        expect(own.status).toBe(200);
        expect(own.body.team).toBe(b.id);
        expect(own.body.total).toBe(0);
        expect((await getStats(server.url, '')).status).toBe(401);
      } finally {
        await server.close();
      }
    });

    it('after a one-time password shows no figures until the lead chose a new password', async () => {
      const team = await teamWithLead(db.store(), `otp-${db.dialect}`, `otp-owner-${db.dialect}@example.com`);
      const { email, oneTimePassword } = await createLead(
        db.store(),
        team.name,
        `otp-${db.dialect}@example.com`,
        null,
      );
      const server = await startDashboardServer(db.store());
      try {
        const signIn = await post(server.url, { email, password: oneTimePassword });
        expect((await signIn.clone().json()).mustChangePassword).toBe(true);
        const lead = await signInByApi(server.url, email, oneTimePassword!);
        const headers = { Cookie: lead.cookie };
        expect((await fetch(`${server.url}/api/v1/dashboard`, { headers })).status).toBe(403);
        expect((await getStats(server.url, '', headers)).status).toBe(401);

        const change = (currentPassword: string, newPassword: string, csrf = lead.csrfToken) =>
          fetch(`${server.url}/api/v1/session/password`, {
            method: 'POST',
            headers: { ...headers, 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
            body: JSON.stringify({ currentPassword, newPassword }),
          });
        expect((await change(oneTimePassword!, 'a brand new password', 'wrong')).status).toBe(403);
        expect((await change('not it', 'a brand new password')).status).toBe(403);
        expect((await change(oneTimePassword!, 'short')).status).toBe(400);
        const changed = await change(oneTimePassword!, 'a brand new password');
        expect(changed.status).toBe(200);
        expect((await changed.json()).mustChangePassword).toBe(false);
        expect((await fetch(`${server.url}/api/v1/dashboard`, { headers })).status).toBe(200);
        // The other session (the first sign-in) ended with the change.
        const other = signIn.headers.get('set-cookie')!.split(';')[0];
        expect((await fetch(`${server.url}/api/v1/session`, { headers: { Cookie: other } })).status).toBe(
          401,
        );
        expect((await post(server.url, { email, password: 'a brand new password' })).status).toBe(200);
      } finally {
        await server.close();
      }
    });
  });
});
