// `klarheit serve`: the stats API plus the built web files (dist/web at /: the playground, the
// Outlook add-in under /outlook/, the dashboard under /dashboard/), over HTTP and, with --https,
// over https://localhost:3443 (Office add-ins must be served over HTTPS).
import { readFileSync } from 'node:fs';
import type { ServerOptions as HttpsOptions } from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CORS_ORIGINS } from '../stats/server/cors';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../stats/server/create-server';
import { DEFAULT_SQLITE_FILE } from '../stats/server/db/open';
import { localhostCertificate } from '../stats/server/dev-certs';
import { extensions } from '../stats/server/extensions';
import { createLogger } from '../stats/server/log';
import { DEFAULT_RETENTION_DAYS } from '../stats/server/retention';
import { startServer } from '../stats/server/start-server';

const help = `Usage: klarheit serve [options]

  --port N              HTTP port (default 3000; 0 picks a free one)
  --host ADDR           address to listen on (default 127.0.0.1)
  --db FILE|URL         SQLite file or postgres://user@host/db (default ${DEFAULT_SQLITE_FILE})
  --https               also serve HTTPS with the localhost dev certificate (for the Outlook add-in)
  --https-port N        HTTPS port (default 3443)
  --https-cert FILE     serve HTTPS with this certificate (PEM) instead of the dev certificate
  --https-key FILE      … and this private key (PEM)
  --cors-origin ORIGIN  an origin allowed to call the API from a browser; repeatable
                        (default ${DEFAULT_CORS_ORIGINS.join(', ')}; add the Gmail extension's
                        chrome-extension://<id>)
  --rate-limit N        ingest requests per minute per team key (default ${DEFAULT_RATE_LIMIT_PER_MINUTE}; 0 = off)
  --retention-days N    keep raw events this long (default ${DEFAULT_RETENTION_DAYS}); daily counts stay
  --static DIR          the built web files (default: dist/web next to this program)`;

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

/** A deployment's own certificate, the localhost dev certificate (--https), or none (HTTP only). */
async function certificate(
  values: { https?: boolean; 'https-cert'?: string; 'https-key'?: string },
  log: ReturnType<typeof createLogger>,
): Promise<HttpsOptions | null> {
  const cert = values['https-cert'];
  const key = values['https-key'];
  if (cert || key) {
    if (!cert || !key) throw new Error('--https-cert and --https-key go together');
    return { cert: readFileSync(cert), key: readFileSync(key) };
  }
  return values.https ? localhostCertificate(log) : null;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      https: { type: 'boolean', default: false },
      'https-port': { type: 'string' },
      'https-cert': { type: 'string' },
      'https-key': { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'rate-limit': { type: 'string' },
      'retention-days': { type: 'string' },
      static: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(help);
    return 0;
  }
  const log = createLogger();
  // Bundled as dist/node/cli.js, so the built web files are in dist/web.
  const web = values.static ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'web');
  const tls = await certificate(values, log);
  const running = await startServer({
    db: values.db,
    port: integer(values.port, '--port', 3000),
    host: values.host,
    https: tls ? { port: integer(values['https-port'], '--https-port', 3443), tls } : undefined,
    corsOrigins: values['cors-origin'] ?? DEFAULT_CORS_ORIGINS,
    rateLimitPerMinute: integer(values['rate-limit'], '--rate-limit', DEFAULT_RATE_LIMIT_PER_MINUTE),
    retentionDays: integer(values['retention-days'], '--retention-days', DEFAULT_RETENTION_DAYS),
    staticMounts: [{ prefix: '/', dir: web }],
    extensions,
    log,
  });
  console.error(`Klarheit is running: ${running.urls.join('  ')}  (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info('shutting down: finishing in-flight requests', { signal });
      running.stop().then(resolve, (error: unknown) => {
        log.error('shutdown failed', { error: String(error) });
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
