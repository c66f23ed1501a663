// Real-looking events and a running in-process server for the stats tests.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { StatsEvent } from '../../../src/stats/event';
import type { ServerExtension } from '../../../src/stats/server/app-context';
import { createServer, type ServerOptions, type StatsServer } from '../../../src/stats/server/create-server';
import type { StatsDb } from '../../../src/stats/server/db/open';
import { silentLogger } from '../../../src/stats/server/log';

/** A pseudonymous rep id (what the client's HMAC produces: 64 hex digits). */
export function rep(n: number): string {
  return n.toString(16).padStart(64, 'a');
}

export function statsEvent(overrides: Partial<StatsEvent> = {}): StatsEvent {
  return {
    id: randomUUID(),
    // An hour ago: well inside the server's retention window, whatever day the tests run.
    ts: new Date(Date.now() - 3_600_000).toISOString(),
    rep: rep(1),
    host: 'outlook',
    lang: 'de',
    verdict: 'chaser',
    missing: ['agreement', 'value'],
    priorUnanswered: 1,
    action: 'shown',
    ...overrides,
  };
}

export interface RunningTestServer {
  server: StatsServer;
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(
  store: StatsDb,
  options: Partial<ServerOptions> & { extensions?: ServerExtension[] } = {},
): Promise<RunningTestServer> {
  const server = createServer({ db: store, log: silentLogger, ...options });
  const address: AddressInfo = await server.listen(0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

export function postEvents(url: string, key: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/v1/events`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function getStats(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/api/v1/stats${query}`, { headers });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & { total: number },
  };
}
