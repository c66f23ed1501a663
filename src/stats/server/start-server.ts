// `klarheit serve` without the argument parsing: open the database (migrating it), listen on HTTP
// and optionally HTTPS, run the retention job, and stop cleanly.
import type { ServerOptions as HttpsOptions } from 'node:https';
import type { ServerExtension } from './app-context';
import { createServer, type StatsServer } from './create-server';
import { openDatabase, type StatsDb } from './db/open';
import { createLogger, type Logger } from './log';
import { DEFAULT_RETENTION_DAYS, scheduleRetention } from './retention';
import type { StaticMount } from './static-files';

export interface StartOptions {
  /** A SQLite file or a postgres:// URL; default ./data/klarheit.db. */
  db?: string;
  port: number;
  host: string;
  /** Also listen on HTTPS (for the Outlook add-in's files) with these certificates. */
  https?: { port: number; tls: HttpsOptions };
  corsOrigins?: readonly string[];
  rateLimitPerMinute?: number;
  retentionDays?: number;
  staticMounts?: readonly StaticMount[];
  extensions?: readonly ServerExtension[];
  log?: Logger;
}

export interface RunningServer {
  server: StatsServer;
  store: StatsDb;
  /** The URLs it listens on, e.g. http://127.0.0.1:3000. */
  urls: string[];
  /** Graceful stop: finish in-flight batches, close listeners, close the database. */
  stop(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? createLogger();
  const store = await openDatabase(options.db);
  const server = createServer({
    db: store,
    log,
    corsOrigins: options.corsOrigins,
    rateLimitPerMinute: options.rateLimitPerMinute,
    retentionDays: options.retentionDays,
    staticMounts: options.staticMounts,
    extensions: options.extensions,
  });
  const urls: string[] = [];
  try {
    const http = await server.listen(options.port, options.host);
    urls.push(`http://${options.host}:${http.port}`);
    if (options.https) {
      const https = await server.listen(options.https.port, options.host, options.https.tls);
      urls.push(`https://${options.host === '127.0.0.1' ? 'localhost' : options.host}:${https.port}`);
    }
  } catch (error) {
    await server.close();
    await store.close();
    throw error;
  }
  const stopRetention = scheduleRetention(store, options.retentionDays ?? DEFAULT_RETENTION_DAYS, log);
  log.info('listening', { urls: urls.join(' '), db: store.location, dialect: store.dialect });
  return {
    server,
    store,
    urls,
    async stop() {
      stopRetention();
      await server.close();
      await store.close();
      log.info('stopped');
    },
  };
}
