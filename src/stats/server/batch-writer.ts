// Group commit: batches that arrive while a transaction is being written wait and then go to the
// database together, in one transaction with one disk sync. Each request still gets its own
// answer, and only after the commit that made its batch durable.
import type { EventBatch } from '../event';
import type { StatsDb } from './db/open';
import { type IngestResult, insertEventBatches, type TeamBatch } from './queries/insert-event-batch';

/** Enough to amortise the sync, small enough to keep each transaction short. */
const MAX_EVENTS_PER_TRANSACTION = 5000;

interface Waiting extends TeamBatch {
  resolve(result: IngestResult): void;
  reject(error: unknown): void;
}

export interface BatchWriter {
  write(teamId: string, batch: EventBatch): Promise<IngestResult>;
}

export function createBatchWriter(store: StatsDb, now: () => number): BatchWriter {
  const waiting: Waiting[] = [];
  let writing = false;

  function nextGroup(): Waiting[] {
    let events = 0;
    let size = 0;
    while (
      size < waiting.length &&
      (size === 0 || events + waiting[size].batch.events.length <= MAX_EVENTS_PER_TRANSACTION)
    ) {
      events += waiting[size].batch.events.length;
      size += 1;
    }
    return waiting.splice(0, size);
  }

  async function drain(): Promise<void> {
    writing = true;
    // Let the requests whose bodies have already arrived (the event loop's pending I/O) join the
    // group first. The SQLite write is synchronous and blocks the loop, so without this each
    // transaction would carry the one batch that started it and pay a disk sync of its own.
    await new Promise((resolve) => setImmediate(resolve));
    while (waiting.length > 0) {
      const group = nextGroup();
      try {
        const results = await insertEventBatches(store, group, now());
        for (const [i, item] of group.entries()) item.resolve(results[i]);
      } catch (error) {
        // Nothing of the group was committed; every client will retry its batch.
        for (const item of group) item.reject(error);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    writing = false;
  }

  return {
    write(teamId, batch) {
      return new Promise((resolve, reject) => {
        waiting.push({ teamId, batch, resolve, reject });
        if (!writing) void drain();
      });
    },
  };
}
