// `npm run bench:server`: the stats server's ingest rate (batches of 100 events over loopback, into an
// empty database) and the stats query's p95 at 1,000,000 events, on SQLite and (when reachable) PostgreSQL.
// Targets from issue 5: ≥ 20,000 events/s on SQLite, stats p95 ≤ 100 ms.
// PostgreSQL: $KLARHEIT_TEST_PG (e.g. postgres://postgres@127.0.0.1:5432/test); a throwaway database
// klarheit_bench_<random> is created next to it and dropped afterwards.
// Usage: npm run bench:server [-- --seconds 10 --events 1000000 --json]
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import type { StatsEvent } from '../src/stats/event';
import { createStatsToken, createTeam } from '../src/stats/server/admin';
import { DAY_MS } from '../src/stats/server/days';
import { openDatabase } from '../src/stats/server/db/open';
import { insertEventBatches } from '../src/stats/server/queries/insert-event-batch';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = { sqliteEventsPerSecond: 20_000, statsP95Ms: 100 };
const BATCH = 100;
/** Seeding writes as the server's group commit does: 10 batches of 500 per transaction. */
const SEED_BATCH = 500;
const SEED_GROUP = 10;
const QUERY_RUNS = 200;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    events: { type: 'string', default: '1000000' },
    json: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const seedEvents = Number(values.events);
const say = (line: string) => {
  if (!values.json) console.log(line);
};

/** A deterministic-enough, realistic mix: verdicts drive what is missing, reps are few, hosts uneven. */
function pick<T>(weighted: [T, number][]): T {
  let r = Math.random() * weighted.reduce((s, [, w]) => s + w, 0);
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r <= 0) return value;
  }
  return weighted[0][0];
}

function realisticEvent(ts: number, reps: string[]): StatsEvent {
  const verdict = pick<StatsEvent['verdict']>([
    ['none', 40],
    ['chaser', 25],
    ['weak', 15],
    ['follow-up', 15],
    ['abort', 5],
  ]);
  const missing: StatsEvent['missing'] =
    verdict === 'chaser'
      ? Math.random() < 0.7
        ? ['agreement', 'value', 'timebound']
        : ['agreement', 'value']
      : verdict === 'weak'
        ? [
            pick<StatsEvent['missing'][number]>([
              ['agreement', 1],
              ['value', 1],
              ['timebound', 2],
            ]),
          ]
        : verdict === 'follow-up' && Math.random() < 0.5
          ? ['value']
          : [];
  return {
    id: randomUUID(),
    ts: new Date(ts).toISOString(),
    rep: reps[Math.floor(Math.random() * reps.length)],
    host: pick([
      ['outlook', 60],
      ['gmail', 35],
      ['playground', 5],
    ]),
    lang: pick([
      ['de', 70],
      ['en', 30],
    ]),
    verdict,
    missing,
    priorUnanswered: Math.min(5, Math.floor(-Math.log(1 - Math.random()) * 0.8)),
    action: pick([
      ['shown', 40],
      ['inserted-follow-up', 15],
      ['inserted-abort', 5],
      ['inserted-next-step', 5],
      ['dismissed', 15],
      ['held-on-send', 10],
      ['sent-anyway', 10],
    ]),
  };
}

const reps = Array.from({ length: 40 }, () => randomBytes(32).toString('hex'));

interface Target {
  dialect: 'sqlite' | 'postgres';
  location: string;
  drop(): Promise<void>;
}

async function sqliteTarget(): Promise<Target> {
  const dir = mkdtempSync(path.join(tmpdir(), 'klarheit-bench-'));
  return {
    dialect: 'sqlite',
    location: path.join(dir, 'klarheit.db'),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresTarget(): Promise<Target | string> {
  const base = process.env.KLARHEIT_TEST_PG;
  if (!base) return 'KLARHEIT_TEST_PG is not set';
  const name = `klarheit_bench_${randomBytes(5).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`create database ${name}`);
  } catch (error) {
    return `PostgreSQL unreachable (${error instanceof Error ? error.message : error})`;
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    dialect: 'postgres',
    location: url.toString(),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

/** The real server (`klarheit serve`, built by `npm run build:node`) in its own process. */
async function startServer(location: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [path.join(repo, 'bin/klarheit.js'), 'serve', '--port', '0', '--db', location, '--rate-limit', '0'],
    { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"msg":"listening","urls":"(http:\/\/[^ "]+)/.exec(buffered);
      if (match) {
        child.stdout?.off('data', onData);
        child.stdout?.resume(); // request logs are discarded, not buffered
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  return { url, child };
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function measureIngest(url: string, key: string) {
  const now = Date.now();
  const result = await autocannon({
    url: `${url}/api/v1/events`,
    connections: 8,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          body: JSON.stringify({
            events: Array.from({ length: BATCH }, () => realisticEvent(now - Math.random() * DAY_MS, reps)),
          }),
        }),
      },
    ],
  });
  return {
    eventsPerSecond: Math.round((result['2xx'] * BATCH) / seconds),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    latencyP99Ms: result.latency.p99,
  };
}

async function seed(location: string, teamId: string): Promise<number> {
  const store = await openDatabase(location);
  const started = performance.now();
  const now = Date.now();
  try {
    for (let done = 0; done < seedEvents; done += SEED_BATCH * SEED_GROUP) {
      const group = [];
      for (let n = done; n < Math.min(seedEvents, done + SEED_BATCH * SEED_GROUP); n += SEED_BATCH) {
        const events = Array.from({ length: Math.min(SEED_BATCH, seedEvents - n) }, () =>
          realisticEvent(now - Math.random() * 179 * DAY_MS, reps),
        );
        group.push({ teamId, batch: { events } });
      }
      await insertEventBatches(store, group, now);
    }
  } finally {
    await store.close();
  }
  return Math.round(seedEvents / ((performance.now() - started) / 1000));
}

async function measureStats(url: string, token: string, query: string) {
  const times: number[] = [];
  for (let i = 0; i < QUERY_RUNS; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/api/v1/stats${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { total: number };
    times.push(performance.now() - started);
    if (response.status !== 200 || i === 0) {
      if (response.status !== 200) throw new Error(`stats answered ${response.status}`);
      say(`    ${query}: total ${body.total.toLocaleString('en')}`);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] * 10) / 10;
  return { p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
}

function day(offset: number): string {
  return new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
}

async function benchOne(target: Target) {
  say(`\n${target.dialect}:`);
  const setup = await openDatabase(target.location);
  const ingestTeam = await createTeam(setup, 'Bench ingest');
  const statsTeam = await createTeam(setup, 'Bench stats');
  const { token } = await createStatsToken(setup, statsTeam.team);
  await setup.close();

  let server = await startServer(target.location);
  const ingest = await measureIngest(server.url, ingestTeam.key);
  say(
    `  ingest, batches of ${BATCH}, ${seconds} s: ${ingest.eventsPerSecond.toLocaleString('en')} events/s ` +
      `(${ingest.requests} requests, ${ingest.non2xx} non-2xx, ${ingest.errors} errors, p99 ${ingest.latencyP99Ms} ms)`,
  );
  await stopServer(server.child);

  say(`  seeding ${seedEvents.toLocaleString('en')} events over 180 days through the ingest query…`);
  const seedRate = await seed(target.location, statsTeam.id);
  say(`    ${seedRate.toLocaleString('en')} events/s in-process`);
  server = await startServer(target.location);
  try {
    const last30 = await measureStats(server.url, token, `?from=${day(-29)}&to=${day(0)}&bucket=day`);
    const last180 = await measureStats(server.url, token, `?from=${day(-179)}&to=${day(0)}&bucket=week`);
    say(`  stats, 30 days by day:   p50 ${last30.p50Ms} ms, p95 ${last30.p95Ms} ms, max ${last30.maxMs} ms`);
    say(
      `  stats, 180 days by week: p50 ${last180.p50Ms} ms, p95 ${last180.p95Ms} ms, max ${last180.maxMs} ms`,
    );
    return { dialect: target.dialect, ingest, seedEventsPerSecond: seedRate, stats: { last30, last180 } };
  } finally {
    await stopServer(server.child);
  }
}

const results = [];
const targets: (Target | string)[] = [await sqliteTarget(), await postgresTarget()];
for (const target of targets) {
  if (typeof target === 'string') {
    say(`\npostgres: SKIPPED — ${target}`);
    continue;
  }
  try {
    results.push(await benchOne(target));
  } finally {
    await target.drop();
  }
}
const sqlite = results.find((r) => r.dialect === 'sqlite');
const verdicts = {
  sqliteIngest: (sqlite?.ingest.eventsPerSecond ?? 0) >= TARGETS.sqliteEventsPerSecond,
  statsP95: results.every((r) => Math.max(r.stats.last30.p95Ms, r.stats.last180.p95Ms) <= TARGETS.statsP95Ms),
};
if (values.json) console.log(JSON.stringify({ seconds, seedEvents, targets: TARGETS, results, verdicts }));
else {
  say(
    `\ntargets: ≥ ${TARGETS.sqliteEventsPerSecond.toLocaleString('en')} events/s on SQLite: ${verdicts.sqliteIngest ? 'met' : 'NOT met'}`,
  );
  say(
    `         stats p95 ≤ ${TARGETS.statsP95Ms} ms at ${seedEvents.toLocaleString('en')} events: ${verdicts.statsP95 ? 'met' : 'NOT met'}`,
  );
}
