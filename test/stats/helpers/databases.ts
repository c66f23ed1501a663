// Runs a test suite against SQLite and against PostgreSQL. PostgreSQL comes from KLARHEIT_TEST_PG
// (set by .ci/run); each suite gets its own database (klarheit_test_<random>), dropped afterwards,
// so parallel suites and other helpers' tests never see each other's rows. Without a reachable
// PostgreSQL the PostgreSQL suites are skipped with a visible notice.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openDatabase, type StatsDb } from '../../../src/stats/server/db/open';

const PG_URL = process.env.KLARHEIT_TEST_PG;

async function postgresReachable(): Promise<string | null> {
  if (!PG_URL) return 'KLARHEIT_TEST_PG is not set';
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${PG_URL} is unreachable (${error instanceof Error ? error.message : error})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresMissing = await postgresReachable();
if (postgresMissing) console.warn(`\n⚠ PostgreSQL stats tests SKIPPED: ${postgresMissing}\n`);

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function waitForNoConnections(database: string, timeoutMs = 3000): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const { rows } = await client.query(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [database],
      );
      if (rows[0].n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

export interface DatabaseTarget {
  dialect: 'sqlite' | 'postgres';
  /** A fresh, empty database: a SQLite file path or a postgres:// URL. */
  create(): Promise<string>;
  drop(location: string): Promise<void>;
}

export const sqliteTarget: DatabaseTarget = {
  dialect: 'sqlite',
  async create() {
    return path.join(mkdtempSync(path.join(tmpdir(), 'klarheit-stats-')), 'klarheit.db');
  },
  async drop(location) {
    rmSync(path.dirname(location), { recursive: true, force: true });
  },
};

export const postgresTarget: DatabaseTarget = {
  dialect: 'postgres',
  async create() {
    const name = `klarheit_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    const url = new URL(PG_URL as string);
    url.pathname = `/${name}`;
    return url.toString();
  },
  async drop(location) {
    const name = new URL(location).pathname.slice(1);
    // Let the suite's own connections finish closing first: "with (force)" terminates those still
    // on their way out, and pg reports that as an error event nobody listens to any more.
    await waitForNoConnections(name);
    await adminQuery(`drop database if exists ${name} with (force)`);
  },
};

export interface DatabaseFixture {
  dialect: 'sqlite' | 'postgres';
  /** The database's location (valid inside tests and hooks). */
  location(): string;
  /** The suite's open handle (migrated). */
  store(): StatsDb;
}

/** Declares the suite once per database; `body` registers its tests with the fixture. */
export function forEachDatabase(body: (fixture: DatabaseFixture) => void): void {
  for (const target of [sqliteTarget, postgresTarget]) {
    if (target.dialect === 'postgres' && postgresMissing) {
      describe('postgres', () => {
        it.skip(`SKIPPED: ${postgresMissing}`, () => {});
      });
      continue;
    }
    describe(target.dialect, () => {
      let location = '';
      let store: StatsDb | null = null;
      beforeAll(async () => {
        location = await target.create();
        store = await openDatabase(location);
      });
      afterAll(async () => {
        await store?.close();
        await target.drop(location);
      });
      body({
        dialect: target.dialect,
        location: () => location,
        store: () => {
          if (!store) throw new Error('the database is opened in beforeAll');
          return store;
        },
      });
    });
  }
}

export const postgresSkipReason = postgresMissing;
