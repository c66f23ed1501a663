// Opens the stats database: a SQLite file by default, PostgreSQL for a postgres:// URL. This is the
// thin dialect layer: everything above it uses the same Kysely queries for both, except the SQLite
// ingest, which runs prepared statements on the raw handle for speed (queries/insert-event-batch.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import type { Database } from './schema';
import { createCheckpointer } from './sqlite-checkpointer';

export const DEFAULT_SQLITE_FILE = path.join('data', 'klarheit.db');

export interface StatsDb {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /**
   * The better-sqlite3 handle under `db` (SQLite only), for the ingest's prepared statements (see
   * queries/insert-event-batch.ts). Everything else goes through `db`.
   */
  sqlite?: SqliteDatabase.Database;
  /** SQLite: call after a write transaction committed, so the WAL is checkpointed off the event loop. */
  committed?(): void;
  /** Where it lives, safe to log (a URL's password is removed). */
  location: string;
  close(): Promise<void>;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/** int8 (counts, epoch ms) as JS numbers: every value we store is far below 2^53. */
const pgTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as never,
};

function warn(msg: string, fields: Record<string, string | null>): void {
  process.stderr.write(`${JSON.stringify({ level: 'warn', msg, ...fields })}\n`);
}

function openPostgres(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes });
  // An idle connection that PostgreSQL drops (restart, failover, an admin terminating it) is reported
  // on the pool; unheard, that 'error' event would end the whole server. The pool replaces the
  // connection by itself, and the next query that fails is answered with a 500 and retried by clients.
  pool.on('error', (error) => {
    warn('postgres idle connection lost', { code: (error as { code?: string }).code ?? null });
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, close: () => db.destroy() };
}

/** WAL pages after which the committing connection checkpoints itself: only if the checkpoint thread lags. */
const FALLBACK_AUTOCHECKPOINT_PAGES = 16_000;

function openSqlite(file: string) {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before we answer 200, so an acknowledged event survives a power cut too.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  if (file === ':memory:') return { db, sqlite: database, close: () => db.destroy() };
  // Checkpoints run on a thread of their own (see sqlite-checkpointer.ts).
  database.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  const checkpointer = createCheckpointer(file, (msg, error) => warn(msg, { error }));
  return {
    db,
    sqlite: database,
    committed: checkpointer.committed,
    async close() {
      await checkpointer.close();
      await db.destroy();
    },
  };
}

function redact(location: string): string {
  if (!isPostgresUrl(location)) return location;
  const url = new URL(location);
  if (url.password) url.password = '***';
  return url.toString();
}

/** Opens (creating a SQLite file on first use) and brings the schema up to date. */
export async function openDatabase(location: string = DEFAULT_SQLITE_FILE): Promise<StatsDb> {
  const dialect = isPostgresUrl(location) ? 'postgres' : 'sqlite';
  const opened = dialect === 'postgres' ? openPostgres(location) : openSqlite(location);
  const { db } = opened;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await opened.close();
    throw new Error(
      `could not migrate the database at ${redact(location)}: ${error instanceof Error ? error.message : error}`,
    );
  }
  return { ...opened, dialect, location: redact(location) };
}

/** Booleans as 1/0 so one query works on both databases (PostgreSQL reads '1' as true). */
export function sqlBool(value: boolean): number {
  return value ? 1 : 0;
}
