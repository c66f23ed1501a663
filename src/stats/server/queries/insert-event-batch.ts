import type { EventBatch, StatsEvent } from '../../event';
import { dayOf } from '../days';
import type { StatsDb } from '../db/open';
import type { DailyAggregatesTable, EventsTable } from '../db/schema';

export interface IngestResult {
  accepted: number;
  duplicates: number;
}

function toRow(teamId: string, event: StatsEvent, receivedAt: number): EventsTable {
  return {
    team_id: teamId,
    id: event.id,
    ts: Date.parse(event.ts),
    rep: event.rep,
    host: event.host,
    lang: event.lang,
    verdict: event.verdict,
    missing_agreement: event.missing.includes('agreement') ? 1 : 0,
    missing_value: event.missing.includes('value') ? 1 : 0,
    missing_timebound: event.missing.includes('timebound') ? 1 : 0,
    prior_unanswered: event.priorUnanswered,
    action: event.action,
    received_at: receivedAt,
  };
}

/** Counts of the newly stored rows, one per (day, dimensions); sorted so concurrent upserts lock in one order. */
function aggregate(rows: EventsTable[]): DailyAggregatesTable[] {
  const byKey = new Map<string, DailyAggregatesTable>();
  for (const row of rows) {
    const entry: DailyAggregatesTable = {
      team_id: row.team_id,
      day: dayOf(row.ts),
      verdict: row.verdict,
      action: row.action,
      host: row.host,
      lang: row.lang,
      missing_agreement: row.missing_agreement,
      missing_value: row.missing_value,
      missing_timebound: row.missing_timebound,
      prior_bucket: Math.min(row.prior_unanswered, 3),
      count: 0,
    };
    const key = JSON.stringify({ ...entry, team_id: undefined });
    const existing = byKey.get(key) ?? entry;
    existing.count += 1;
    byKey.set(key, existing);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
}

function activeReps(rows: EventsTable[]): { team_id: string; day: number; rep: string }[] {
  const seen = new Map<string, { team_id: string; day: number; rep: string }>();
  for (const row of rows) {
    const day = dayOf(row.ts);
    seen.set(`${day}:${row.rep}`, { team_id: row.team_id, day, rep: row.rep });
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
}

/**
 * Stores a validated batch in one transaction: the events not seen before, their daily counts and
 * active reps, and the client's drop report. An id the team already sent is a duplicate (a client
 * retry), counted once. Resolves only after the commit, so a 200 means the batch is durable.
 */
export async function insertEventBatch(
  { db }: StatsDb,
  teamId: string,
  batch: EventBatch,
  receivedAt: number,
): Promise<IngestResult> {
  // One row per id, in id order, so that concurrent batches lock rows in the same order (no deadlocks).
  const rows = [...new Map(batch.events.map((e) => [e.id, toRow(teamId, e, receivedAt)])).values()].sort(
    (a, b) => (a.id < b.id ? -1 : 1),
  );
  const accepted = await db.transaction().execute(async (trx) => {
    const inserted =
      rows.length === 0
        ? []
        : await trx
            .insertInto('events')
            .values(rows)
            .onConflict((oc) => oc.columns(['team_id', 'id']).doNothing())
            .returning('id')
            .execute();
    const insertedIds = new Set(inserted.map((r) => r.id));
    const fresh = rows.filter((r) => insertedIds.has(r.id));
    const counts = aggregate(fresh);
    if (counts.length > 0) {
      await trx
        .insertInto('daily_aggregates')
        .values(counts)
        .onConflict((oc) =>
          oc
            .columns([
              'team_id',
              'day',
              'verdict',
              'action',
              'host',
              'lang',
              'missing_agreement',
              'missing_value',
              'missing_timebound',
              'prior_bucket',
            ])
            .doUpdateSet((eb) => ({ count: eb('daily_aggregates.count', '+', eb.ref('excluded.count')) })),
        )
        .execute();
      await trx
        .insertInto('daily_reps')
        .values(activeReps(fresh))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    if (batch.dropped) {
      await trx
        .insertInto('drop_reports')
        .values({ team_id: teamId, id: batch.dropped.id, day: dayOf(receivedAt), count: batch.dropped.count })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return fresh.length;
  });
  return { accepted, duplicates: batch.events.length - accepted };
}
