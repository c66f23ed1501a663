// kill -9 during a concurrent ingest, then restart: every acknowledged event is stored exactly once,
// the daily counts match the raw events, and clients' retries of everything count once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StatsEvent } from '../../src/stats/event';
import { createTeam } from '../../src/stats/server/admin';
import { openDatabase, type StatsDb } from '../../src/stats/server/db/open';
import { forEachDatabase } from './helpers/databases';
import { postEvents, rep, statsEvent } from './helpers/fixtures';
import { buildCliEntry, spawnServer } from './helpers/server-process';

let bundle: Awaited<ReturnType<typeof buildCliEntry>>;
beforeAll(async () => {
  bundle = await buildCliEntry();
});
afterAll(() => bundle.remove());

async function counts(store: StatsDb, teamId: string) {
  const events = await store.db.selectFrom('events').select(['id']).where('team_id', '=', teamId).execute();
  const aggregated = await store.db
    .selectFrom('daily_aggregates')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('count'), eb.val(0)).as('n'))
    .where('team_id', '=', teamId)
    .executeTakeFirstOrThrow();
  return { ids: events.map((e) => e.id), aggregated: Number(aggregated.n) };
}

forEachDatabase((fixture) => {
  it('keeps every acknowledged event exactly once across a kill -9 and a restart', {
    timeout: 60_000,
  }, async () => {
    const team = await createTeam(fixture.store(), `team ${randomUUID()}`);
    const args = ['--db', fixture.location(), '--rate-limit', '0'];
    const first = await spawnServer(bundle.file, args);

    const sent: StatsEvent[][] = [];
    const acknowledged = new Set<string>();
    let killed = false;
    // Eight clients, each sending batches of 50 until the server dies under them.
    const clients = Array.from({ length: 8 }, async (_, client) => {
      while (!killed) {
        const batch = Array.from({ length: 50 }, (_, i) => statsEvent({ rep: rep(client * 100 + (i % 10)) }));
        sent.push(batch);
        try {
          const response = await postEvents(first.url, team.key, { events: batch });
          if (response.status === 200) for (const e of batch) acknowledged.add(e.id);
        } catch {
          // The connection died with the server: this batch is not acknowledged.
        }
      }
    });
    while (acknowledged.size < 1000) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(clients);
    await first.exited;

    const second = await spawnServer(bundle.file, args);
    try {
      const afterCrash = await counts(fixture.store(), team.id);
      const stored = new Set(afterCrash.ids);
      expect(afterCrash.ids.length).toBe(stored.size);
      for (const id of acknowledged) expect(stored.has(id)).toBe(true);
      expect(afterCrash.aggregated).toBe(afterCrash.ids.length);

      // The clients retry everything they ever sent; each event ends up stored once.
      for (const batch of sent) {
        const response = await postEvents(second.url, team.key, { events: batch });
        expect(response.status).toBe(200);
      }
      const afterRetries = await counts(fixture.store(), team.id);
      expect(afterRetries.ids.length).toBe(sent.flat().length);
      expect(afterRetries.aggregated).toBe(sent.flat().length);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});

forEachDatabase((fixture) => {
  it('finishes in-flight batches on SIGTERM before it exits', { timeout: 60_000 }, async () => {
    const team = await createTeam(fixture.store(), `team ${randomUUID()}`);
    const server = await spawnServer(bundle.file, ['--db', fixture.location(), '--rate-limit', '0']);
    const batches = Array.from({ length: 20 }, () => Array.from({ length: 100 }, () => statsEvent()));
    const answers = batches.map((events) =>
      postEvents(server.url, team.key, { events }).then(
        (r) => r.status,
        () => 0,
      ),
    );
    await new Promise((r) => setTimeout(r, 15));
    server.child.kill('SIGTERM');
    const statuses = await Promise.all(answers);
    expect(await server.exited).toBe(0);
    expect(server.lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    // Every batch that got an answer got 200 and is stored; none was cut off half-way.
    const store = await openDatabase(fixture.location());
    try {
      const { ids } = await counts(store, team.id);
      const answered = statuses.filter((s) => s === 200).length;
      expect(statuses.every((s) => s === 200 || s === 0)).toBe(true);
      expect(ids.length).toBeGreaterThanOrEqual(answered * 100);
      expect(ids.length % 100).toBe(0);
    } finally {
      await store.close();
    }
  });
});
