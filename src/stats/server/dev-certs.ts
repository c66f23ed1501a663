// The HTTPS certificate for https://localhost (Office add-ins must be served over HTTPS), from
// office-addin-dev-certs: it creates ~/.office-addin-dev-certs and tries to trust its CA.
import { existsSync, readFileSync } from 'node:fs';
import type { ServerOptions as HttpsOptions } from 'node:https';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Logger } from './log';

const CERT_DIR = path.join(homedir(), '.office-addin-dev-certs');
/** Trusting the CA may wait for an admin password prompt; do not hang the server on it. */
const TIMEOUT_MS = 20_000;

function readExisting(): HttpsOptions | null {
  const cert = path.join(CERT_DIR, 'localhost.crt');
  const key = path.join(CERT_DIR, 'localhost.key');
  return existsSync(cert) && existsSync(key) ? { cert: readFileSync(cert), key: readFileSync(key) } : null;
}

/**
 * The localhost certificate, or null (HTTP only) with a warning saying why. If the certificates
 * exist but their CA could not be trusted (no admin rights, CI), HTTPS still runs and the warning
 * says how to trust it.
 */
export async function localhostCertificate(log: Logger): Promise<HttpsOptions | null> {
  const originalLog = console.log;
  // The library prints progress with console.log; keep stdout one JSON object per line.
  console.log = (...parts: unknown[]) => log.info('dev-certs', { message: parts.join(' ') });
  try {
    const devCerts = await import('office-addin-dev-certs');
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timed out installing the certificate')), TIMEOUT_MS).unref(),
    );
    return (await Promise.race([devCerts.getHttpsServerOptions(), timeout])) as HttpsOptions;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const existing = readExisting();
    if (existing) {
      log.warn('https: using the localhost certificate, but its CA is not trusted on this machine', {
        reason,
        fix: 'run "npx office-addin-dev-certs install" with admin rights, then restart',
      });
      return existing;
    }
    log.warn('https: no localhost certificate, serving HTTP only', { reason });
    return null;
  } finally {
    console.log = originalLog;
  }
}
