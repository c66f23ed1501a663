// SQLite WAL checkpoints run on their own thread: after the ingest commits, the pages reach the
// database file without the main connection checkpointing (its own threshold is far above this ingest).
import { statSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createTeam } from '../../src/stats/server/admin';
import { openDatabase } from '../../src/stats/server/db/open';
import { insertEventBatches } from '../../src/stats/server/queries/insert-event-batch';
import { sqliteTarget } from './helpers/databases';
import { statsEvent } from './helpers/fixtures';

it('copies committed pages into the database file from the checkpoint thread', async () => {
  const location = await sqliteTarget.create();
  const store = await openDatabase(location);
  try {
    const team = await createTeam(store, 'Checkpoints');
    const before = statSync(location).size;
    for (let i = 0; i < 10; i++) {
      const batch = { events: Array.from({ length: 200 }, () => statsEvent()) };
      await insertEventBatches(store, [{ teamId: team.id, batch }], Date.now());
    }
    // In WAL mode only a checkpoint writes the database file itself.
    await expect.poll(() => statSync(location).size, { timeout: 10_000 }).toBeGreaterThan(before);
    const [{ wal_autocheckpoint }] = store.sqlite!.pragma('wal_autocheckpoint') as {
      wal_autocheckpoint: number;
    }[];
    expect(wal_autocheckpoint).toBeGreaterThan(10_000);
  } finally {
    await store.close();
    await sqliteTarget.drop(location);
  }
});
