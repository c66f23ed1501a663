// The service worker is the extension's only way out to the network. With a fake `chrome`, this pins
// down that it sends stats only when switched on and granted, to the configured server, and that what
// it sends holds no address and no text.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { type ContentMessage, usageFact, type WorkerReply } from '../../src/gmail/messages';

type Listener = (message: unknown, sender: { id?: string }, reply: (r: WorkerReply) => void) => boolean;

const listeners: Listener[] = [];
const areas = {
  sync: {} as Record<string, unknown>,
  managed: {} as Record<string, unknown>,
  local: {} as Record<string, unknown>,
};
let granted = true;
/** The stats server's acknowledgement: every event of the batch accepted. */
const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
  const { events } = JSON.parse(String(init.body)) as { events: unknown[] };
  return Response.json({ accepted: events.length, duplicates: 0 });
});

const area = (values: Record<string, unknown>) => ({
  get: async (key: string | null) => (key === null ? { ...values } : { [key]: values[key] }),
  set: async (items: Record<string, unknown>) => void Object.assign(values, items),
});

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('chrome', {
    runtime: {
      id: 'klarheit',
      onMessage: { addListener: (l: Listener) => listeners.push(l) },
      openOptionsPage: vi.fn(),
    },
    storage: { sync: area(areas.sync), managed: area(areas.managed), local: area(areas.local) },
    permissions: { contains: async () => granted },
  });
  await import('../../src/gmail/service-worker');
});

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

beforeEach(() => {
  fetchMock.mockClear();
  granted = true;
  Object.assign(areas.sync, {
    statsEnabled: true,
    statsEndpoint: 'https://stats.example.com',
    teamKey: 'team-key-123',
  });
});

const analysis = {
  verdict: 'chaser',
  language: 'en',
  signals: {
    isReminder: true,
    agreement: false,
    value: false,
    timebound: false,
    abort: false,
    priorUnanswered: 1,
  },
} as Analysis;

function ask(message: unknown, sender = { id: 'klarheit' }): Promise<WorkerReply> {
  return new Promise((resolve) => listeners[0](message, sender, resolve));
}

const usage = (): ContentMessage => ({
  type: 'usage',
  fact: usageFact('held-on-send', analysis),
  account: 'robin.rep@klarheit-demo.de',
});

describe('the service worker', () => {
  it('queues a usage fact and delivers it to the team stats server, pseudonymous and without text', async () => {
    await expect(ask(usage())).resolves.toEqual({ ok: true });
    await vi.advanceTimersByTimeAsync(6_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('https://stats.example.com/api/v1/events');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer team-key-123' });
    const body = String(init.body);
    expect(body).not.toContain('robin.rep');
    expect(body).not.toContain('klarheit-demo');
    const { events } = JSON.parse(body);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      host: 'gmail',
      action: 'held-on-send',
      verdict: 'chaser',
      lang: 'en',
      missing: ['agreement', 'value', 'timebound'],
      priorUnanswered: 1,
    });
    expect(events[0].rep).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sends nothing while the browser has not granted the stats origin', async () => {
    granted = false;
    await expect(ask(usage())).resolves.toMatchObject({ ok: false });
    await vi.advanceTimersByTimeAsync(6_000);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends nothing while stats are off', async () => {
    areas.sync.statsEnabled = false;
    await expect(ask(usage())).resolves.toMatchObject({ ok: false, error: 'stats are off' });
    await vi.advanceTimersByTimeAsync(6_000);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses messages from elsewhere and messages that do not fit', async () => {
    await expect(ask(usage(), { id: 'another-extension' })).resolves.toEqual({ ok: false, error: 'refused' });
    await expect(ask({ type: 'usage', fact: { text: 'Hallo' }, account: '' })).resolves.toEqual({
      ok: false,
      error: 'refused',
    });
  });
});
