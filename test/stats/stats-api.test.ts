// GET /api/v1/stats: a team's counts, for its lead or its stats token only, from daily aggregates.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStatsToken, createTeam } from '../../src/stats/server/admin';
import type { ServerExtension } from '../../src/stats/server/app-context';
import { silentLogger } from '../../src/stats/server/log';
import { runRetention } from '../../src/stats/server/retention';
import { forEachDatabase } from './helpers/databases';
import {
  getStats,
  postEvents,
  type RunningTestServer,
  rep,
  startTestServer,
  statsEvent,
} from './helpers/fixtures';

const NOW = Date.parse('2026-03-10T12:00:00Z');

forEachDatabase((fixture) => {
  let server: RunningTestServer;
  // Stands in for the dashboard's login: a cookie "lead=<teamId>" is a logged-in lead of that team.
  const fakeLogin: ServerExtension = {
    async resolveSession(req) {
      const teamId = /lead=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
      return teamId ? { kind: 'lead', leadId: 'lead-1', teamId } : null;
    },
  };
  beforeAll(async () => {
    server = await startTestServer(fixture.store(), {
      rateLimitPerMinute: 0,
      now: () => NOW,
      extensions: [fakeLogin],
    });
  });
  afterAll(() => server.close());

  async function teamWithEvents() {
    const team = await createTeam(fixture.store(), `team ${randomUUID()}`);
    const { token } = await createStatsToken(fixture.store(), team.team);
    const events = [
      // Monday 2 March 2026
      statsEvent({ ts: '2026-03-02T08:00:00Z', rep: rep(1) }),
      statsEvent({
        ts: '2026-03-02T09:00:00Z',
        rep: rep(2),
        action: 'inserted-follow-up',
        priorUnanswered: 3,
      }),
      // Sunday 8 March (same ISO week), Monday 9 March (next week)
      statsEvent({
        ts: '2026-03-08T23:59:59Z',
        rep: rep(1),
        host: 'gmail',
        lang: 'en',
        missing: ['timebound'],
      }),
      statsEvent({
        ts: '2026-03-09T00:00:00Z',
        rep: rep(3),
        verdict: 'abort',
        missing: [],
        priorUnanswered: 0,
        action: 'inserted-abort',
        host: 'playground',
      }),
    ];
    expect((await postEvents(server.url, team.key, { events })).status).toBe(200);
    return { team, token };
  }

  it('counts by verdict, missing element, action, host, language and per day', async () => {
    const { token } = await teamWithEvents();
    const { status, body } = await getStats(server.url, '?from=2026-03-01&to=2026-03-09', {
      Authorization: `Bearer ${token}`,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-09',
      bucket: 'day',
      total: 4,
      reps: 3,
      dropped: 0,
      byVerdict: { chaser: 3, abort: 1, none: 0, weak: 0, 'follow-up': 0 },
      byMissing: { agreement: 2, value: 2, timebound: 1 },
      byAction: { shown: 2, 'inserted-follow-up': 1, 'inserted-abort': 1, dismissed: 0 },
      byHost: { outlook: 2, gmail: 1, playground: 1 },
      byLang: { de: 3, en: 1 },
      byPriorUnanswered: { '0': 1, '1': 2, '2': 0, '3+': 1 },
    });
    const buckets = body.buckets as { start: string; total: number; reps: number }[];
    expect(buckets.map((b) => b.start)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
    ]);
    expect(buckets.map((b) => b.total)).toEqual([0, 2, 0, 0, 0, 0, 0, 1, 1]);
    expect(buckets[1].reps).toBe(2);
  });

  it('groups by ISO week (Monday to Sunday, UTC)', async () => {
    const { token } = await teamWithEvents();
    const { body } = await getStats(server.url, '?from=2026-03-02&to=2026-03-15&bucket=week', {
      Authorization: `Bearer ${token}`,
    });
    const buckets = body.buckets as { start: string; total: number; byVerdict: Record<string, number> }[];
    expect(buckets.map((b) => [b.start, b.total])).toEqual([
      ['2026-03-02', 3],
      ['2026-03-09', 1],
    ]);
    expect(buckets[1].byVerdict.abort).toBe(1);
  });

  it('defaults to the last 30 days', async () => {
    const { token } = await teamWithEvents();
    const { body } = await getStats(server.url, '', { Authorization: `Bearer ${token}` });
    expect(body.to).toBe('2026-03-10');
    expect(body.from).toBe('2026-02-09');
    expect(body.total).toBe(4);
  });

  it("never shows team B's numbers to team A's token or lead", async () => {
    const a = await teamWithEvents();
    const b = await teamWithEvents();
    await postEvents(server.url, b.team.key, { events: [statsEvent({ ts: '2026-03-03T10:00:00Z' })] });
    const query = '?from=2026-03-01&to=2026-03-09';
    expect((await getStats(server.url, query, { Authorization: `Bearer ${a.token}` })).body.total).toBe(4);
    expect((await getStats(server.url, query, { Authorization: `Bearer ${b.token}` })).body.total).toBe(5);
    const asks: Record<string, string>[] = [
      { Authorization: `Bearer ${a.token}` },
      { Cookie: `lead=${a.team.id}` },
    ];
    for (const headers of asks) {
      const crossTeam = await getStats(server.url, `${query}&team=${b.team.id}`, headers);
      expect(crossTeam.status).toBe(403);
      expect(crossTeam.body).not.toHaveProperty('total');
    }
    const asLead = await getStats(server.url, query, { Cookie: `lead=${a.team.id}` });
    expect(asLead.status).toBe(200);
    expect(asLead.body.total).toBe(4);
  });

  it('refuses ingest keys, unknown tokens and anonymous requests with 401', async () => {
    const { team } = await teamWithEvents();
    const asks: Record<string, string>[] = [
      { Authorization: `Bearer ${team.key}` },
      { Authorization: 'Bearer kk_stats_nope' },
      {},
    ];
    for (const headers of asks) {
      const { status, body } = await getStats(server.url, '', headers);
      expect(status).toBe(401);
      expect(body).not.toHaveProperty('total');
    }
  });

  it('does not accept a stats token as an ingest key', async () => {
    const { token } = await teamWithEvents();
    expect((await postEvents(server.url, token, { events: [statsEvent()] })).status).toBe(401);
  });

  it('answers 400 for a malformed range', async () => {
    const { token } = await teamWithEvents();
    const auth = { Authorization: `Bearer ${token}` };
    for (const query of [
      '?bucket=month',
      '?from=yesterday',
      '?from=2026-03-09&to=2026-03-01',
      '?from=2000-01-01',
    ]) {
      const { status, body } = await getStats(server.url, query, auth);
      expect(status, query).toBe(400);
      expect(body.reason).toBeTruthy();
    }
  });

  it('reports dropped-event counts once, even when the report is retried', async () => {
    const { team, token } = await teamWithEvents();
    const dropped = { id: randomUUID(), count: 7 };
    await postEvents(server.url, team.key, { events: [], dropped });
    await postEvents(server.url, team.key, { events: [], dropped });
    const { body } = await getStats(server.url, '', { Authorization: `Bearer ${token}` });
    expect(body.dropped).toBe(7);
  });

  it('deletes raw events after the retention period but keeps the daily counts', async () => {
    const { team, token } = await teamWithEvents();
    const store = fixture.store();
    const rawEvents = () =>
      store.db
        .selectFrom('events')
        .select('id')
        .where('team_id', '=', team.id)
        .execute()
        .then((rows) => rows.length);
    expect(await rawEvents()).toBe(4);
    // 5 days of retention on 10 March: everything before 5 March 12:00 goes.
    await runRetention(store, 5, NOW, silentLogger);
    expect(await rawEvents()).toBe(2);
    const { body } = await getStats(server.url, '?from=2026-03-01&to=2026-03-09', {
      Authorization: `Bearer ${token}`,
    });
    expect(body.total).toBe(4);
  });
});
