// The stats server's HTTP side: routes, CORS, static files, request logs, graceful shutdown.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { AppContext, ServerExtension } from './app-context';
import { createBatchWriter } from './batch-writer';
import { applyCors, DEFAULT_CORS_ORIGINS } from './cors';
import type { StatsDb } from './db/open';
import { HttpError, sendJson } from './http';
import { createLogger, type Logger } from './log';
import { createRateLimiter } from './rate-limit';
import { DEFAULT_RETENTION_DAYS } from './retention';
import { Router } from './router';
import { ingestEvents } from './routes/events';
import { health } from './routes/health';
import { teamStats } from './routes/stats';
import { type StaticMount, serveStatic } from './static-files';

export interface ServerOptions {
  db: StatsDb;
  log?: Logger;
  /** Origins allowed to call the API from a browser (the add-in's, the extension's). */
  corsOrigins?: readonly string[];
  /** Ingest requests per minute per key; 0 turns the limit off. */
  rateLimitPerMinute?: number;
  /** Raw events are kept this long (the retention job deletes older ones); older events are refused. */
  retentionDays?: number;
  /** Built files to serve, checked after the routes. */
  staticMounts?: readonly StaticMount[];
  /** Features that add routes or a session resolver (the dashboard). */
  extensions?: readonly ServerExtension[];
  now?: () => number;
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
/** How long shutdown waits for in-flight requests before cutting connections. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface StatsServer {
  app: AppContext;
  router: Router;
  /** Starts an HTTP listener (or HTTPS with `tls`); port 0 picks a free port. */
  listen(port: number, host: string, tls?: HttpsOptions): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests (and their commits) finish, then closes the listeners. */
  close(): Promise<void>;
}

export function createServer(options: ServerOptions): StatsServer {
  const log = options.log ?? createLogger();
  const now = options.now ?? Date.now;
  const extensions = options.extensions ?? [];
  const corsOrigins = new Set(options.corsOrigins ?? DEFAULT_CORS_ORIGINS);
  const mounts = options.staticMounts ?? [];
  const sessionResolvers = extensions.flatMap((e) => (e.resolveSession ? [e.resolveSession] : []));

  const app: AppContext = {
    store: options.db,
    log,
    now,
    async resolveSession(req) {
      for (const resolve of sessionResolvers) {
        const principal = await resolve(req, app);
        if (principal) return principal;
      }
      return null;
    },
  };

  const router = new Router();
  const limiter = createRateLimiter(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE, now);
  router.get('/healthz', health);
  const writer = createBatchWriter(options.db, now);
  router.post(
    '/api/v1/events',
    ingestEvents(writer, limiter, options.retentionDays ?? DEFAULT_RETENTION_DAYS),
  );
  router.get('/api/v1/stats', teamStats);
  for (const extension of extensions) extension.registerRoutes?.(router, app);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      applyCors(req, res, corsOrigins);
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
    }
    const match = router.match(req.method ?? 'GET', url.pathname);
    if (match && 'handler' in match) return match.handler({ req, res, url, app });
    if (match)
      throw new HttpError(405, 'method_not_allowed', `use ${match.allowed.join(' or ')}`, {
        Allow: match.allowed.join(', '),
      });
    if (
      (req.method === 'GET' || req.method === 'HEAD') &&
      (await serveStatic(req, res, url.pathname, mounts))
    )
      return;
    throw new HttpError(404, 'not_found', 'no such page');
  }

  let inFlight = 0;
  let idle: (() => void) | null = null;
  const listeners: Server[] = [];

  function onRequest(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    inFlight += 1;
    res.on('close', () => {
      inFlight -= 1;
      // Path only: query strings may carry dates but never secrets; headers are never logged.
      log.info('request', {
        method: req.method,
        path: new URL(req.url ?? '/', 'http://localhost').pathname,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      });
      if (inFlight === 0) idle?.();
    });
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        sendJson(res, error.status, { error: error.code, reason: error.reason }, error.headers);
        return;
      }
      log.error('request failed', { path: req.url?.split('?')[0], error: String(error) });
      sendJson(res, 500, {
        error: 'internal',
        reason: 'the server failed; retry later',
      });
    });
  }

  return {
    app,
    router,
    listen(port, host, tls) {
      const server = tls ? createHttpsServer(tls, onRequest) : createHttpServer(onRequest);
      listeners.push(server);
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      });
    },
    async close() {
      const drained = new Promise<void>((resolve) => {
        idle = resolve;
        if (inFlight === 0) resolve();
      });
      const closed = Promise.all(listeners.map((s) => new Promise((resolve) => s.close(resolve))));
      for (const s of listeners) s.closeIdleConnections();
      const timer = setTimeout(() => {
        for (const s of listeners) s.closeAllConnections();
      }, SHUTDOWN_GRACE_MS);
      await drained;
      for (const s of listeners) s.closeIdleConnections();
      await closed;
      clearTimeout(timer);
    },
  };
}
