// The stats client: nothing lost, nothing duplicated, nothing but enums and counts sent.
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core/types';
import {
  chromeStorage,
  createStatsClient,
  eventFromAnalysis,
  localStorageStorage,
  memoryStorage,
  officeRuntimeStorage,
  type QueueStorage,
  repId,
  type StatsClient,
  type StatsClientOptions,
} from '../../src/stats/client';
import { createStatsToken, createTeam } from '../../src/stats/server/admin';
import { forEachDatabase } from './helpers/databases';
import { getStats, type RunningTestServer, startTestServer } from './helpers/fixtures';

function chaserAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    language: 'de',
    verdict: 'chaser',
    signals: {
      isReminder: true,
      agreement: false,
      value: false,
      timebound: false,
      abort: false,
      priorUnanswered: 2,
    },
    findings: [
      {
        id: 'empty-chaser',
        severity: 'warn',
        message: 'Nachfassen ohne Anlass',
        evidence: [{ text: 'nachhaken', start: 30, end: 39 }],
      },
    ],
    suggestions: [{ kind: 'abort', text: 'Sehr geehrter Herr Maier, ich schließe das Thema …' }],
    zones: {
      newText: 'Hallo Herr Maier, ich wollte nur kurz nachhaken',
      signature: '',
      quoted: '',
      hasThread: false,
    },
    ...overrides,
  };
}

const clients: StatsClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.stop();
});

function client(options: StatsClientOptions): StatsClient {
  const c = createStatsClient({ autoFlush: false, ...options });
  clients.push(c);
  return c;
}

describe('what an event contains', () => {
  it('computes the rep id as HMAC-SHA256(mailbox, team key), lower-cased and trimmed', async () => {
    const expected = createHmac('sha256', 'kk_ingest_team').update('max.maier@example.com').digest('hex');
    expect(await repId(' Max.Maier@Example.com ', 'kk_ingest_team')).toBe(expected);
  });

  it('carries no email text and no address, only the allowed fields', async () => {
    const email = {
      subject: 'Angebot Lagerverwaltung',
      body: 'Hallo Herr Maier,\n\nich wollte nur kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen?\n\nViele Grüße\nAnna Schulz',
      format: 'text' as const,
      from: { name: 'Anna Schulz', email: 'anna.schulz@vertrieb.example' },
      to: [{ name: 'Max Maier', email: 'max.maier@kunde.example' }],
    };
    const analysis = analyze(email);
    const event = eventFromAnalysis(analysis, 'shown', 'outlook', {
      id: randomUUID(),
      ts: new Date().toISOString(),
      rep: await repId(email.from.email, 'kk_ingest_team'),
    });
    expect(Object.keys(event).sort()).toEqual(
      ['action', 'host', 'id', 'lang', 'missing', 'priorUnanswered', 'rep', 'ts', 'verdict'].sort(),
    );
    const sent = JSON.stringify(event).toLowerCase();
    for (const word of ['maier', 'schulz', 'anna', 'angebot', 'nachhaken', 'example', '@']) {
      expect(sent).not.toContain(word);
    }
  });

  it('lists the missing clarity elements only for reminders', () => {
    const made = { id: randomUUID(), ts: '2026-03-02T09:00:00Z', rep: 'a'.repeat(64) };
    expect(eventFromAnalysis(chaserAnalysis(), 'shown', 'gmail', made).missing).toEqual([
      'agreement',
      'value',
      'timebound',
    ]);
    expect(eventFromAnalysis(chaserAnalysis({ verdict: 'none' }), 'shown', 'gmail', made).missing).toEqual(
      [],
    );
  });
});

describe('switched off', () => {
  it('does nothing without an endpoint or a team key', async () => {
    const fetch = vi.fn();
    for (const options of [{ teamKey: 'kk' }, { endpoint: 'http://127.0.0.1:9' }]) {
      const c = client({ ...options, storage: memoryStorage(), fetch });
      await c.record(chaserAnalysis(), 'shown', 'outlook');
      await c.flush();
      expect(c.enabled).toBe(false);
      expect((await c.status()).state).toBe('off');
      expect(await c.pending()).toEqual([]);
    }
    expect(fetch).not.toHaveBeenCalled();
  });
});

forEachDatabase((fixture) => {
  let server: RunningTestServer;
  beforeAll(async () => {
    server = await startTestServer(fixture.store(), { rateLimitPerMinute: 0 });
  });
  afterAll(() => server.close());

  async function newTeam() {
    const team = await createTeam(fixture.store(), `team ${randomUUID()}`);
    const { token } = await createStatsToken(fixture.store(), team.team);
    const total = async () =>
      (await getStats(server.url, '?from=2020-01-01&to=2027-12-31', { Authorization: `Bearer ${token}` }))
        .body;
    return { ...team, total };
  }

  function recordMany(c: StatsClient, n: number) {
    return Promise.all(Array.from({ length: n }, () => c.record(chaserAnalysis(), 'shown', 'outlook')));
  }

  it('sends in batches of at most 50 and empties the queue once acknowledged', async () => {
    const team = await newTeam();
    const posts: number[] = [];
    const c = client({
      endpoint: server.url,
      teamKey: team.key,
      mailbox: 'anna@example.com',
      storage: memoryStorage(),
      fetch: async (url, init) => {
        posts.push((JSON.parse(String(init?.body)) as { events: unknown[] }).events.length);
        return fetch(url, init);
      },
    });
    await recordMany(c, 120);
    expect((await c.pending()).length).toBe(120);
    await c.flush();
    expect(posts).toEqual([50, 50, 20]);
    expect(await c.pending()).toEqual([]);
    expect(await c.status()).toMatchObject({ state: 'idle', queued: 0, delivered: 120, lastError: null });
    expect((await team.total()).total).toBe(120);
    expect((await team.total()).reps).toBe(1);
  });

  it('keeps everything while offline and delivers it all exactly once when back online', async () => {
    const team = await newTeam();
    let online = false;
    let now = Date.now();
    const c = client({
      endpoint: server.url,
      teamKey: team.key,
      storage: memoryStorage(),
      now: () => now,
      random: () => 0.5,
      fetch: async (url, init) => {
        if (!online) throw new TypeError('Failed to fetch');
        return fetch(url, init);
      },
    });
    await recordMany(c, 30);
    await c.flush();
    await c.flush();
    const offline = await c.status();
    expect(offline).toMatchObject({ state: 'retrying', queued: 30, delivered: 0 });
    expect(offline.lastError).toMatch(/offline/);
    // Backoff doubles from 2 s with jitter (random 0.5 → three quarters of the cap): 1.5 s, then 3 s.
    expect((offline.nextAttemptAt as number) - now).toBe(3000);
    await recordMany(c, 5);
    online = true;
    now += 60_000;
    await c.flush();
    expect(await c.status()).toMatchObject({ state: 'idle', queued: 0, delivered: 35 });
    expect((await team.total()).total).toBe(35);
  });

  it('loses nothing and duplicates nothing when the page reloads mid-batch', async () => {
    const team = await newTeam();
    const storage = memoryStorage();
    // First page: the request reaches the server, but the page is gone before the answer arrives.
    const before = client({
      endpoint: server.url,
      teamKey: team.key,
      storage,
      fetch: async (url, init) => {
        await fetch(url, init);
        return new Promise<Response>(() => {});
      },
    });
    await recordMany(before, 70);
    void before.flush();
    await vi.waitFor(async () => expect((await team.total()).total).toBe(50));
    before.stop();
    // The reloaded page finds the whole queue (nothing was acknowledged) and sends it again.
    const after = client({ endpoint: server.url, teamKey: team.key, storage });
    expect((await after.pending()).length).toBe(70);
    await after.flush();
    expect(await after.pending()).toEqual([]);
    expect((await team.total()).total).toBe(70);
  });

  it('sends queued events left by an earlier page by itself on start', async () => {
    const team = await newTeam();
    const storage = memoryStorage();
    const offline = client({
      endpoint: server.url,
      teamKey: team.key,
      storage,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await recordMany(offline, 3);
    offline.stop();
    const next = createStatsClient({ endpoint: server.url, teamKey: team.key, storage, flushIntervalMs: 10 });
    clients.push(next);
    await vi.waitFor(async () => expect((await team.total()).total).toBe(3));
  });

  it('keeps events the server did not acknowledge (5xx, 429) and retries with the same ids', async () => {
    const team = await newTeam();
    let answer: number | null = 503;
    const c = client({
      endpoint: server.url,
      teamKey: team.key,
      storage: memoryStorage(),
      fetch: async (url, init) => (answer ? new Response('{}', { status: answer }) : fetch(url, init)),
    });
    await recordMany(c, 4);
    const ids = (await c.pending()).map((e) => e.id);
    await c.flush();
    answer = 429;
    await c.flush();
    expect((await c.pending()).map((e) => e.id)).toEqual(ids);
    answer = null;
    await c.flush();
    expect((await team.total()).total).toBe(4);
  });

  it('keeps the events when something other than the server answers 200 (a Wi-Fi login page)', async () => {
    const team = await newTeam();
    let portal = true;
    const c = client({
      endpoint: server.url,
      teamKey: team.key,
      storage: memoryStorage(),
      fetch: async (url, init) =>
        portal ? new Response('<html>Please log in</html>', { status: 200 }) : fetch(url, init),
    });
    await recordMany(c, 3);
    await c.flush();
    expect(await c.status()).toMatchObject({ state: 'retrying', queued: 3, delivered: 0 });
    portal = false;
    await c.flush();
    expect((await team.total()).total).toBe(3);
  });

  it('gives up on a request the server never answers and retries it later', async () => {
    const team = await newTeam();
    let hang = true;
    const c = client({
      endpoint: server.url,
      teamKey: team.key,
      storage: memoryStorage(),
      requestTimeoutMs: 50,
      fetch: (url, init) =>
        hang
          ? new Promise<Response>((_, reject) =>
              init?.signal?.addEventListener('abort', () =>
                reject(new DOMException('timed out', 'AbortError')),
              ),
            )
          : fetch(url, init),
    });
    await recordMany(c, 2);
    await c.flush();
    expect(await c.status()).toMatchObject({ state: 'retrying', queued: 2 });
    hang = false;
    await c.flush();
    expect((await team.total()).total).toBe(2);
  });

  it('stops on a wrong key, keeps the events and says so', async () => {
    const c = client({ endpoint: server.url, teamKey: 'kk_ingest_revoked', storage: memoryStorage() });
    await recordMany(c, 2);
    await c.flush();
    expect(await c.status()).toMatchObject({ state: 'unauthorized', queued: 2 });
  });

  it('counts events refused as invalid instead of retrying them forever', async () => {
    const team = await newTeam();
    let refuse = true;
    const c = client({
      endpoint: server.url,
      teamKey: team.key,
      storage: memoryStorage(),
      fetch: async (url, init) =>
        refuse
          ? new Response('{"error":"invalid_batch","reason":"events[0].ts is outside the accepted range"}', {
              status: 400,
            })
          : fetch(url, init),
    });
    await recordMany(c, 2);
    await c.flush();
    expect(await c.status()).toMatchObject({ queued: 0, rejected: 2 });
    expect((await c.status()).lastError).toMatch(/outside the accepted range/);
    refuse = false;
    await recordMany(c, 1);
    await c.flush();
    expect((await team.total()).total).toBe(1);
  });

  it('counts overflow of a full queue and reports it to the server exactly once', async () => {
    const team = await newTeam();
    const storage: QueueStorage = memoryStorage();
    let loseAnswer = true;
    const c = client({
      endpoint: server.url,
      teamKey: team.key,
      storage,
      maxQueue: 5,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        if (loseAnswer) throw new TypeError('connection reset'); // stored, but the client never hears so
        return response;
      },
    });
    await recordMany(c, 8);
    expect(await c.status()).toMatchObject({ queued: 5, dropped: 3 });
    await c.flush();
    loseAnswer = false;
    await c.flush();
    const stats = await team.total();
    expect(stats.total).toBe(5);
    expect(stats.dropped).toBe(3);
    expect(await c.status()).toMatchObject({ queued: 0, dropped: 3 });
  });
});

describe('storage adapters', () => {
  it('keep the queue in localStorage, chrome.storage and OfficeRuntime.storage alike', async () => {
    const items = new Map<string, string>();
    const local = localStorageStorage({
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    } as unknown as Storage);
    const chromeArea = new Map<string, unknown>();
    const chromeStore = chromeStorage({
      get: async (k) => (chromeArea.has(k) ? { [k]: chromeArea.get(k) } : {}),
      set: async (all) => {
        for (const [k, v] of Object.entries(all)) chromeArea.set(k, v);
      },
    });
    const office = new Map<string, string>();
    const officeStore = officeRuntimeStorage({
      getItem: async (k) => office.get(k) ?? null,
      setItem: async (k, v) => void office.set(k, v),
    });
    for (const storage of [local, chromeStore, officeStore]) {
      const c = client({ endpoint: 'http://127.0.0.1:9', teamKey: 'kk', storage });
      await c.record(chaserAnalysis(), 'dismissed', 'outlook');
      const reloaded = client({ endpoint: 'http://127.0.0.1:9', teamKey: 'kk', storage });
      expect((await reloaded.pending()).map((e) => e.action)).toEqual(['dismissed']);
    }
  });
});
