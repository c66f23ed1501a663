// Several requests' batches written in one transaction still get one answer each, counted right, and
// the daily counts written with them always equal what the raw events say (on SQLite this is the
// prepared-statement path, on PostgreSQL the Kysely one).
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { createTeam } from '../../src/stats/server/admin';
import { createBatchWriter } from '../../src/stats/server/batch-writer';
import { dayOf } from '../../src/stats/server/days';
import type { StatsDb } from '../../src/stats/server/db/open';
import { insertEventBatches } from '../../src/stats/server/queries/insert-event-batch';
import { forEachDatabase } from './helpers/databases';
import { rep, statsEvent } from './helpers/fixtures';

/** daily_counts, daily_aggregates and daily_reps of a team, and the same figures recomputed from its raw events. */
async function derivedAndRaw({ db }: StatsDb, teamId: string) {
  const events = await db.selectFrom('events').selectAll().where('team_id', '=', teamId).execute();
  const expected = new Map<string, number>();
  const bump = (key: string) => expected.set(key, (expected.get(key) ?? 0) + 1);
  for (const e of events) {
    const day = dayOf(Number(e.ts));
    bump(`${day} verdict ${e.verdict}`);
    bump(`${day} action ${e.action}`);
    bump(`${day} host ${e.host}`);
    bump(`${day} lang ${e.lang}`);
    bump(`${day} prior ${e.prior_unanswered >= 3 ? '3+' : e.prior_unanswered}`);
    if (e.missing_agreement) bump(`${day} missing agreement`);
    if (e.missing_value) bump(`${day} missing value`);
    if (e.missing_timebound) bump(`${day} missing timebound`);
  }
  const counts = await db.selectFrom('daily_counts').selectAll().where('team_id', '=', teamId).execute();
  const aggregates = await db
    .selectFrom('daily_aggregates')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('count'), eb.val(0)).as('n'))
    .where('team_id', '=', teamId)
    .executeTakeFirstOrThrow();
  const reps = await db.selectFrom('daily_reps').selectAll().where('team_id', '=', teamId).execute();
  return {
    counts: new Map(counts.map((c) => [`${c.day} ${c.dimension} ${c.value}`, Number(c.count)])),
    expected,
    aggregated: Number(aggregates.n),
    events: events.length,
    reps: new Set(reps.map((r) => `${r.day} ${r.rep}`)),
    expectedReps: new Set(events.map((e) => `${dayOf(Number(e.ts))} ${e.rep}`)),
  };
}

forEachDatabase((fixture) => {
  it('counts each event for the first batch of its team that carried it', async () => {
    const a = await createTeam(fixture.store(), `a ${randomUUID()}`);
    const b = await createTeam(fixture.store(), `b ${randomUUID()}`);
    const [e1, e2, e3] = [statsEvent(), statsEvent(), statsEvent()];
    const results = await insertEventBatches(
      fixture.store(),
      [
        { teamId: a.id, batch: { events: [e1, e2] } },
        { teamId: b.id, batch: { events: [e1] } },
        { teamId: a.id, batch: { events: [e2, e3, e3] } },
      ],
      Date.now(),
    );
    expect(results).toEqual([
      { accepted: 2, duplicates: 0 },
      { accepted: 1, duplicates: 0 },
      { accepted: 1, duplicates: 2 },
    ]);
  });

  it('answers every waiting request after the shared commit', async () => {
    const team = await createTeam(fixture.store(), `t ${randomUUID()}`);
    const writer = createBatchWriter(fixture.store(), Date.now);
    const shared = statsEvent();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        writer.write(team.id, { events: [shared, statsEvent(), statsEvent()] }),
      ),
    );
    expect(answers.reduce((sum, r) => sum + r.accepted, 0)).toBe(1 + 12 * 2);
    expect(answers.reduce((sum, r) => sum + r.duplicates, 0)).toBe(11);
  });

  it('counts a batch mixing stored, new and repeated ids once each, and only the new ones in the daily counts', async () => {
    const team = await createTeam(fixture.store(), `mix ${randomUUID()}`);
    const stored = [statsEvent(), statsEvent({ verdict: 'none', missing: [] })];
    await insertEventBatches(fixture.store(), [{ teamId: team.id, batch: { events: stored } }], Date.now());
    const fresh = [statsEvent({ host: 'gmail', priorUnanswered: 5 }), statsEvent({ action: 'dismissed' })];
    const [result] = await insertEventBatches(
      fixture.store(),
      [{ teamId: team.id, batch: { events: [stored[0], fresh[0], stored[1], fresh[1], fresh[0]] } }],
      Date.now(),
    );
    expect(result).toEqual({ accepted: 2, duplicates: 3 });
    const figures = await derivedAndRaw(fixture.store(), team.id);
    expect(figures.events).toBe(4);
    expect(figures.counts).toEqual(figures.expected);
    expect(figures.aggregated).toBe(4);
  });

  it('keeps the daily counts equal to the raw events after a concurrent ingest with retries', async () => {
    const a = await createTeam(fixture.store(), `a ${randomUUID()}`);
    const b = await createTeam(fixture.store(), `b ${randomUUID()}`);
    const writer = createBatchWriter(fixture.store(), Date.now);
    const hosts = ['outlook', 'gmail', 'playground'] as const;
    const verdicts = ['none', 'chaser', 'weak', 'follow-up', 'abort'] as const;
    const events = Array.from({ length: 600 }, (_, i) =>
      statsEvent({
        ts: new Date(Date.now() - (i % 3) * 86_400_000 - 3_600_000).toISOString(),
        rep: rep(i % 9),
        host: hosts[i % 3],
        verdict: verdicts[i % 5],
        missing: i % 4 === 0 ? [] : ['timebound'],
        priorUnanswered: i % 6,
      }),
    );
    // 40 batches of 30 for each team: every event twice in the first round (sharing transactions),
    // and all of them again in a second round (each a retry of an event stored by an earlier commit).
    const batches = Array.from({ length: 40 }, (_, i) => events.slice((i % 20) * 30, (i % 20) * 30 + 30));
    const round = () =>
      Promise.all(
        batches.flatMap((batch) => [
          writer.write(a.id, { events: batch }),
          writer.write(b.id, { events: batch }),
        ]),
      );
    const accepted = async () => (await round()).reduce((sum, r) => sum + r.accepted, 0);
    expect(await accepted()).toBe(2 * events.length);
    expect(await accepted()).toBe(0);
    for (const team of [a, b]) {
      const figures = await derivedAndRaw(fixture.store(), team.id);
      expect(figures.events).toBe(events.length);
      expect(figures.counts).toEqual(figures.expected);
      expect(figures.aggregated).toBe(events.length);
      expect(figures.reps).toEqual(figures.expectedReps);
    }
  });
});
