// WAL checkpoints on a thread of their own. A checkpoint copies pages committed to the WAL back into
// the database file and syncs it. SQLite does it by default in the committing connection, every 1,000
// WAL pages: with the ingest's random-keyed indexes that was every transaction or two, and about half
// of each ingest transaction's time, all of it blocking the event loop (better-sqlite3 is synchronous).
// Here a worker thread with its own connection runs a PASSIVE checkpoint after the ingest commits
// (PASSIVE never waits for, nor blocks, the writer). Durability is unchanged: a commit is synced to
// the WAL before it is acknowledged; a checkpoint only moves pages that are already durable.
// If the worker cannot start or falls behind, the main connection's own automatic checkpoint (at a
// higher threshold, see open.ts) still keeps the WAL bounded.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS run with `eval`, so it needs no file of its own next to the bundle (dist/node/cli.js)
// nor a TypeScript loader in the tests. Messages that arrive during a checkpoint coalesce into one more.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('synchronous = FULL');
let scheduled = false;
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      parentPort.postMessage({ error: String(error) });
    }
  });
});
`;

export interface Checkpointer {
  /** After a write transaction committed: the worker copies the WAL back soon (started on first use). */
  committed(): void;
  /** Stops the worker and closes its connection. */
  close(): Promise<void>;
}

export function createCheckpointer(file: string, warn: (msg: string, error: string) => void): Checkpointer {
  let worker: Worker | null = null;
  let failed = false;

  function start(): Worker {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const started = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver } });
    // Never what keeps the process alive; a checkpoint cut off by an exit is redone by the next one.
    started.unref();
    started.on('message', (message: { error?: string }) => {
      if (message.error) warn('sqlite checkpoint failed', message.error);
    });
    started.on('error', (error) => {
      failed = true;
      worker = null;
      warn('sqlite checkpoint thread stopped; the main connection checkpoints instead', String(error));
    });
    return started;
  }

  return {
    committed() {
      if (failed) return;
      worker ??= start();
      worker.postMessage('checkpoint');
    },
    async close() {
      const running = worker;
      worker = null;
      failed = true;
      if (!running) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      // Referenced again, or the process could end (shutdown half-done) while waiting for it.
      running.ref();
      running.postMessage('close');
      await exited;
    },
  };
}
