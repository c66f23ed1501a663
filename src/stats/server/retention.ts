// Keeps raw events for a limited time (privacy by default): an hourly job deletes what is older.
import { DAY_MS } from './days';
import type { StatsDb } from './db/open';
import type { Logger } from './log';
import { deleteExpiredRawData } from './queries/delete-expired-raw-data';

export const DEFAULT_RETENTION_DAYS = 180;
const EVERY_MS = 60 * 60 * 1000;

export async function runRetention(
  store: StatsDb,
  retentionDays: number,
  now: number,
  log: Logger,
): Promise<void> {
  const deleted = await deleteExpiredRawData(store, now - retentionDays * DAY_MS);
  if (deleted > 0) log.info('retention: deleted raw events', { deleted, retentionDays });
}

/** Runs now and then hourly; returns a stop function. */
export function scheduleRetention(store: StatsDb, retentionDays: number, log: Logger): () => void {
  const run = () =>
    runRetention(store, retentionDays, Date.now(), log).catch((error: unknown) =>
      log.error('retention failed', { error: String(error) }),
    );
  void run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
