// POST /api/v1/events: stored once, after the commit; refused whole with a reason; keyed per team.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/stats/server/admin';
import type { StatsDb } from '../../src/stats/server/db/open';
import { forEachDatabase } from './helpers/databases';
import { postEvents, type RunningTestServer, rep, startTestServer, statsEvent } from './helpers/fixtures';

async function storedEvents(store: StatsDb, teamId: string): Promise<number> {
  const row = await store.db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('team_id', '=', teamId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

forEachDatabase((fixture) => {
  let server: RunningTestServer;
  beforeAll(async () => {
    server = await startTestServer(fixture.store(), { rateLimitPerMinute: 0 });
  });
  afterAll(() => server.close());

  async function newTeam() {
    return createTeam(fixture.store(), `team ${randomUUID()}`);
  }

  it('stores a batch and answers with the number accepted', async () => {
    const team = await newTeam();
    const events = [
      statsEvent(),
      statsEvent({ host: 'gmail', lang: 'en', verdict: 'follow-up', missing: [] }),
    ];
    const response = await postEvents(server.url, team.key, { events });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 2, duplicates: 0 });
    expect(await storedEvents(fixture.store(), team.id)).toBe(2);
  });

  it('counts a retried batch once and reports the duplicates', async () => {
    const team = await newTeam();
    const events = [statsEvent(), statsEvent()];
    await postEvents(server.url, team.key, { events });
    const retry = await postEvents(server.url, team.key, { events: [...events, statsEvent()] });
    expect(await retry.json()).toEqual({ accepted: 1, duplicates: 2 });
    expect(await storedEvents(fixture.store(), team.id)).toBe(3);
  });

  it('counts an id repeated inside one batch once', async () => {
    const team = await newTeam();
    const event = statsEvent();
    const response = await postEvents(server.url, team.key, { events: [event, event, event] });
    expect(await response.json()).toEqual({ accepted: 1, duplicates: 2 });
  });

  it('stores each event once when the same batch is retried concurrently', async () => {
    const team = await newTeam();
    const events = Array.from({ length: 100 }, (_, i) => statsEvent({ rep: rep(i % 7) }));
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => postEvents(server.url, team.key, { events }).then((r) => r.json())),
    );
    const accepted = answers.reduce((sum, a) => sum + (a as { accepted: number }).accepted, 0);
    expect(accepted).toBe(100);
    expect(await storedEvents(fixture.store(), team.id)).toBe(100);
    const aggregated = await fixture
      .store()
      .db.selectFrom('daily_aggregates')
      .select((eb) => eb.fn.sum<number>('count').as('n'))
      .where('team_id', '=', team.id)
      .executeTakeFirstOrThrow();
    expect(Number(aggregated.n)).toBe(100);
  });

  it('lets two teams use the same event id without either seeing the other', async () => {
    const a = await newTeam();
    const b = await newTeam();
    const event = statsEvent();
    expect(await (await postEvents(server.url, a.key, { events: [event] })).json()).toEqual({
      accepted: 1,
      duplicates: 0,
    });
    expect(await (await postEvents(server.url, b.key, { events: [event] })).json()).toEqual({
      accepted: 1,
      duplicates: 0,
    });
  });

  it('refuses a wrong or missing key with 401', async () => {
    const body = { events: [statsEvent()] };
    expect((await postEvents(server.url, 'kk_ingest_not-a-key', body)).status).toBe(401);
    const noKey = await fetch(`${server.url}/api/v1/events`, { method: 'POST', body: JSON.stringify(body) });
    expect(noKey.status).toBe(401);
  });

  describe('an invalid batch is refused whole with a reason, and nothing of it is stored', () => {
    const cases: [string, (valid: ReturnType<typeof statsEvent>) => unknown, RegExp][] = [
      ['invalid JSON', () => '{"events": [', /not valid JSON/],
      ['a body that is not an object', () => [1, 2], /JSON object/],
      ['events that are not an array', () => ({ events: 'many' }), /must be an array/],
      [
        'an unknown field on an event (e.g. email text)',
        (e) => ({ events: [{ ...e, subject: 'Angebot' }] }),
        /unknown field "subject"/,
      ],
      [
        'an unknown top-level field',
        (e) => ({ events: [e], body: 'Hallo Herr Maier' }),
        /unknown field "body"/,
      ],
      [
        'a wrong type',
        (e) => ({ events: [{ ...e, priorUnanswered: '2' }] }),
        /priorUnanswered must be an integer/,
      ],
      ['a negative count', (e) => ({ events: [{ ...e, priorUnanswered: -1 }] }), /priorUnanswered/],
      [
        'an address as the rep id',
        (e) => ({ events: [{ ...e, rep: 'max.maier@example.com' }] }),
        /rep must be/,
      ],
      ['an unknown verdict', (e) => ({ events: [{ ...e, verdict: 'spam' }] }), /verdict must be one of/],
      ['an unknown missing element', (e) => ({ events: [{ ...e, missing: ['budget'] }] }), /missing\[0\]/],
      ['a missing element twice', (e) => ({ events: [{ ...e, missing: ['value', 'value'] }] }), /twice/],
      ['a time that is not ISO 8601', (e) => ({ events: [{ ...e, ts: 'gestern' }] }), /ts must be an ISO/],
      ['a time far in the future', (e) => ({ events: [{ ...e, ts: '2999-01-01T00:00:00Z' }] }), /outside/],
      // Its raw copy would already be deleted, so a retry could not be recognised: refused, not counted twice.
      [
        'a time older than the retention period',
        (e) => ({ events: [{ ...e, ts: '2021-01-01T00:00:00Z' }] }),
        /outside/,
      ],
      ['an id that is not a UUID', (e) => ({ events: [{ ...e, id: '1' }] }), /id must be a lowercase UUID/],
      [
        'SQL injection in a field',
        (e) => ({ events: [{ ...e, host: "outlook'); DROP TABLE events; --" }] }),
        /host must be one of/,
      ],
      [
        'script injection in a field',
        (e) => ({ events: [{ ...e, lang: '<script>alert(1)</script>' }] }),
        /lang/,
      ],
      [
        'a huge string',
        (e) => ({ events: [{ ...e, action: 'x'.repeat(200_000) }] }),
        /action must be one of/,
      ],
      [
        'more than 500 events',
        () => ({ events: Array.from({ length: 501 }, () => statsEvent()) }),
        /at most 500/,
      ],
    ];
    for (const [name, makeBody, reason] of cases) {
      it(name, async () => {
        const team = await newTeam();
        // A valid event first: the batch must be refused whole, not partly stored.
        const valid = statsEvent();
        const body = makeBody(valid);
        const withValidFirst =
          typeof body === 'object' && body !== null && 'events' in body && Array.isArray(body.events)
            ? { ...body, events: [statsEvent(), ...body.events] }
            : body;
        const response = await postEvents(server.url, team.key, withValidFirst);
        const answer = (await response.json()) as { reason: string };
        expect(response.status).toBe(400);
        expect(answer.reason).toMatch(reason);
        expect(await storedEvents(fixture.store(), team.id)).toBe(0);
      });
    }
  });

  it('refuses a body over 256 KB with 413 and stores nothing', async () => {
    const team = await newTeam();
    const padding = ' '.repeat(300 * 1024);
    const response = await postEvents(
      server.url,
      team.key,
      `{"events":[${JSON.stringify(statsEvent())}]${padding}}`,
    );
    expect(response.status).toBe(413);
    expect(await storedEvents(fixture.store(), team.id)).toBe(0);
  });

  it('answers GET /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('per-key rate limit', () => {
  forEachDatabase((fixture) => {
    it('answers 429 with Retry-After once a key has used its budget, other keys unaffected', async () => {
      const server = await startTestServer(fixture.store(), { rateLimitPerMinute: 3 });
      try {
        const busy = await createTeam(fixture.store(), `busy ${randomUUID()}`);
        const quiet = await createTeam(fixture.store(), `quiet ${randomUUID()}`);
        const statuses = [];
        for (let i = 0; i < 4; i++)
          statuses.push((await postEvents(server.url, busy.key, { events: [] })).status);
        expect(statuses).toEqual([200, 200, 200, 429]);
        const limited = await postEvents(server.url, busy.key, { events: [statsEvent()] });
        expect(limited.headers.get('retry-after')).toBeTruthy();
        expect((await postEvents(server.url, quiet.key, { events: [] })).status).toBe(200);
      } finally {
        await server.close();
      }
    });
  });
});
