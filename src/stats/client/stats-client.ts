// The stats client: records what the rep did with a finding, keeps the events in a persistent
// queue and delivers them in batches. An event leaves the queue only after the server
// acknowledged it; a retry sends the same id, so the server counts it once. Off unless an endpoint
// and a team key are configured.
import type { Analysis } from '../../core';
import { type DropReport, type Host, parseEvent, type StatsAction, type StatsEvent } from '../event';
import { eventFromAnalysis } from './event-from-analysis';
import { randomUuid, repId } from './rep-id';
import type { QueueStorage } from './storage';

export interface StatsClientOptions {
  /** The stats server's base URL, e.g. https://stats.example.com; unset = stats off. */
  endpoint?: string;
  /** The team's ingest key from `klarheit admin create-team`; unset = stats off. */
  teamKey?: string;
  /** The rep's mailbox address, used only to compute the pseudonym on the device. */
  mailbox?: string;
  storage: QueueStorage;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  /** Send when this many events are queued (default 50) … */
  batchSize?: number;
  /** … or this long after the first queued one (default 5 s). */
  flushIntervalMs?: number;
  /** Most events kept while the server is unreachable (default 2000); more are counted as dropped. */
  maxQueue?: number;
  /** Retry delays double from baseBackoffMs up to maxBackoffMs, with jitter (defaults 2 s and 5 min). */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** A request not answered within this is given up and retried (default 30 s). */
  requestTimeoutMs?: number;
  /** Send on timers by itself (default true); tests call flush() instead. */
  autoFlush?: boolean;
}

export type StatsState = 'off' | 'idle' | 'sending' | 'retrying' | 'unauthorized';

export interface StatsStatus {
  state: StatsState;
  endpoint: string | null;
  /** Events waiting for the server's acknowledgement. */
  queued: number;
  /** Events acknowledged by the server since this client started. */
  delivered: number;
  /** Events dropped because the queue was full, ever (each is reported to the server too). */
  dropped: number;
  /** Events the server refused as invalid (never retried, never silent). */
  rejected: number;
  lastError: string | null;
  /** When the next retry happens (epoch ms), if one is scheduled. */
  nextAttemptAt: number | null;
}

export interface StatsClient {
  readonly enabled: boolean;
  /** Queues one event; never throws (a failure shows in status().lastError). */
  record(analysis: Analysis, action: StatsAction, host: Host): Promise<void>;
  /** Sends everything queued now (resolves when done or when a retry is scheduled). */
  flush(): Promise<void>;
  status(): Promise<StatsStatus>;
  /** Exactly what will be sent, so the rep can see it. */
  pending(): Promise<StatsEvent[]>;
  /** Stops the timers (the queue stays in storage for the next start). */
  stop(): void;
}

/** What lives in storage. `overflow` counts drops not yet reported; `report` is the one being sent. */
interface Saved {
  events: StatsEvent[];
  overflow: number;
  report: DropReport | null;
  droppedEver: number;
  installId: string;
}

const STORAGE_KEY = 'klarheit.stats.v1';

function disabledClient(): StatsClient {
  return {
    enabled: false,
    async record() {},
    async flush() {},
    async status() {
      return {
        state: 'off',
        endpoint: null,
        queued: 0,
        delivered: 0,
        dropped: 0,
        rejected: 0,
        lastError: null,
        nextAttemptAt: null,
      };
    },
    async pending() {
      return [];
    },
    stop() {},
  };
}

export function createStatsClient(options: StatsClientOptions): StatsClient {
  const { endpoint, teamKey, storage } = options;
  if (!endpoint || !teamKey) return disabledClient();
  const url = `${endpoint.replace(/\/+$/, '')}/api/v1/events`;
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const batchSize = options.batchSize ?? 50;
  const flushIntervalMs = options.flushIntervalMs ?? 5000;
  const maxQueue = options.maxQueue ?? 2000;
  const baseBackoffMs = options.baseBackoffMs ?? 2000;
  const maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000;
  const autoFlush = options.autoFlush ?? true;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;

  let state: StatsState = 'idle';
  let delivered = 0;
  let rejected = 0;
  let lastError: string | null = null;
  let failures = 0;
  let nextAttemptAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sending: Promise<void> | null = null;
  let stopped = false;
  let rep: Promise<string> | null = null;

  // One read-modify-write at a time, so a record() during a send never loses an event.
  let lock: Promise<unknown> = Promise.resolve();
  function withSaved<T>(change: (saved: Saved) => T): Promise<T> {
    const next = lock.then(async () => {
      const saved = await load();
      const result = change(saved);
      await storage.set(STORAGE_KEY, JSON.stringify(saved));
      return result;
    });
    lock = next.catch(() => undefined);
    return next;
  }

  async function load(): Promise<Saved> {
    const fresh: Saved = { events: [], overflow: 0, report: null, droppedEver: 0, installId: randomUuid() };
    const text = await storage.get(STORAGE_KEY);
    if (!text) return fresh;
    try {
      return { ...fresh, ...(JSON.parse(text) as Partial<Saved>) };
    } catch {
      return fresh; // unreadable storage (another version, manual edits): start over rather than fail forever
    }
  }

  function schedule(delayMs: number): void {
    if (!autoFlush || stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delayMs);
  }

  function retryLater(reason: string, delayMs?: number): void {
    lastError = reason;
    failures += 1;
    const cap = Math.min(maxBackoffMs, baseBackoffMs * 2 ** (failures - 1));
    // "Equal jitter": at least half the delay, so a fleet of clients does not retry in lockstep.
    const delay = delayMs ?? cap / 2 + random() * (cap / 2);
    nextAttemptAt = now() + delay;
    if (timer) clearTimeout(timer);
    timer = null;
    schedule(delay);
  }

  /** One POST; true when the caller should go on with the next batch. */
  async function sendOneBatch(): Promise<boolean> {
    const { batch, report } = await withSaved((saved) => {
      if (saved.overflow > 0 && !saved.report) {
        // Frozen once sent: a retried report keeps its id and count, so the server counts it once.
        saved.report = { id: randomUuid(), count: saved.overflow };
        saved.overflow = 0;
      }
      return { batch: saved.events.slice(0, batchSize), report: saved.report };
    });
    if (batch.length === 0 && !report) return false;
    let response: Response;
    // A server that never answers must not hold the queue forever.
    const abort = typeof AbortController === 'function' ? new AbortController() : null;
    const timeout = abort ? setTimeout(() => abort.abort(), requestTimeoutMs) : null;
    try {
      response = await send(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${teamKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(report ? { events: batch, dropped: report } : { events: batch }),
        signal: abort?.signal,
      });
    } catch (error) {
      retryLater(`offline or server unreachable: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    } finally {
      if (timeout) clearTimeout(timeout);
    }
    const sentIds = new Set(batch.map((e) => e.id));
    const acknowledge = () =>
      withSaved((saved) => {
        saved.events = saved.events.filter((e) => !sentIds.has(e.id));
        if (report && saved.report?.id === report.id) saved.report = null;
      });
    if (response.ok) {
      if (!(await isAcknowledgement(response, batch.length))) {
        // E.g. a hotel Wi-Fi login page answering 200: not our server, so nothing was stored.
        retryLater('the answer did not come from a Klarheit stats server; retrying');
        return false;
      }
      await acknowledge();
      delivered += batch.length;
      failures = 0;
      lastError = null;
      nextAttemptAt = null;
      return true;
    }
    if (response.status === 400 || response.status === 413) {
      // The server will never take these (e.g. a wildly wrong clock); keep them from blocking the rest.
      await acknowledge();
      rejected += batch.length;
      lastError = `the server refused ${batch.length} event(s): ${await reasonOf(response)}`;
      return true;
    }
    if (response.status === 401 || response.status === 403) {
      state = 'unauthorized';
      retryLater(
        'the server does not accept the team key (ask your admin for the current one)',
        maxBackoffMs,
      );
      return false;
    }
    const retryAfter = Number(response.headers.get('Retry-After'));
    retryLater(
      `the server answered ${response.status}; retrying`,
      Number.isFinite(retryAfter) && retryAfter > 0 ? Math.max(retryAfter * 1000, baseBackoffMs) : undefined,
    );
    return false;
  }

  /** Only the server's `{accepted, duplicates}` for exactly this batch counts as an acknowledgement. */
  async function isAcknowledgement(response: Response, size: number): Promise<boolean> {
    try {
      const body = (await response.json()) as { accepted?: unknown; duplicates?: unknown };
      return (
        typeof body.accepted === 'number' &&
        typeof body.duplicates === 'number' &&
        body.accepted + body.duplicates === size
      );
    } catch {
      return false;
    }
  }

  async function reasonOf(response: Response): Promise<string> {
    try {
      const body = (await response.json()) as { reason?: string };
      return body.reason ?? `HTTP ${response.status}`;
    } catch {
      return `HTTP ${response.status}`;
    }
  }

  function flush(): Promise<void> {
    if (sending) return sending;
    if (timer) clearTimeout(timer);
    timer = null;
    state = 'sending';
    sending = (async () => {
      try {
        while (!stopped && (await sendOneBatch())) {}
      } catch (error) {
        retryLater(`could not send: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        if (state === 'sending') state = nextAttemptAt === null ? 'idle' : 'retrying';
        sending = null;
      }
    })();
    return sending;
  }

  async function record(analysis: Analysis, action: StatsAction, host: Host): Promise<void> {
    try {
      rep ??= (async () => {
        const { installId } = await withSaved((saved) => saved);
        // Without a mailbox (the playground) the install's random id stands in for the address.
        return repId(options.mailbox || installId, teamKey as string);
      })();
      const made = { id: randomUuid(), ts: new Date(now()).toISOString(), rep: await rep };
      // The server's own check, so an event that would be refused never enters the queue.
      const event = parseEvent(eventFromAnalysis(analysis, action, host, made), 'event', { now: now() });
      const queued = await withSaved((saved) => {
        if (saved.events.length >= maxQueue) {
          saved.overflow += 1;
          saved.droppedEver += 1;
        } else {
          saved.events.push(event);
        }
        return saved.events.length;
      });
      if (state === 'unauthorized' || nextAttemptAt !== null) return; // a retry is already scheduled
      if (queued >= batchSize) void flush();
      else schedule(flushIntervalMs);
    } catch (error) {
      lastError = `could not record: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  const onOnline = () => {
    failures = 0;
    nextAttemptAt = null;
    void flush();
  };
  globalThis.addEventListener?.('online', onOnline);
  // Events left from an earlier page load or a closed pane go out soon after start.
  void load().then((saved) => {
    if (saved.events.length > 0 || saved.overflow > 0 || saved.report) schedule(0);
  });

  return {
    enabled: true,
    record,
    flush,
    async status() {
      const saved = await load();
      return {
        state,
        endpoint: endpoint ?? null,
        queued: saved.events.length,
        delivered,
        dropped: saved.droppedEver,
        rejected,
        lastError,
        nextAttemptAt,
      };
    },
    async pending() {
      return (await load()).events;
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      globalThis.removeEventListener?.('online', onOnline);
    },
  };
}
