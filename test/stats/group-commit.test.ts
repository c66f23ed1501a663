// Several requests' batches written in one transaction still get one answer each, counted right.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { createTeam } from '../../src/stats/server/admin';
import { createBatchWriter } from '../../src/stats/server/batch-writer';
import { insertEventBatches } from '../../src/stats/server/queries/insert-event-batch';
import { forEachDatabase } from './helpers/databases';
import { statsEvent } from './helpers/fixtures';

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
});
