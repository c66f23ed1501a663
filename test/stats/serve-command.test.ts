// `klarheit serve` as users run it: HTTP plus HTTPS for the add-in, a fresh SQLite file created on
// first start, and a clear error for a bad option.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCliEntry, spawnServer } from './helpers/server-process';

let bundle: Awaited<ReturnType<typeof buildCliEntry>>;
let dir: string;
beforeAll(async () => {
  bundle = await buildCliEntry();
  dir = mkdtempSync(path.join(tmpdir(), 'klarheit-serve-'));
});
afterAll(() => {
  bundle.remove();
  rmSync(dir, { recursive: true, force: true });
});

function httpsGet(url: string, ca: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    request(url, { ca: [ca] as never, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

it('creates the SQLite file on first start and serves HTTP and HTTPS', { timeout: 60_000 }, async () => {
  const certs = path.join(dir, 'certs');
  await generateCertificates(
    path.join(certs, 'ca.crt'),
    path.join(certs, 'localhost.crt'),
    path.join(certs, 'localhost.key'),
    2,
  );
  const db = path.join(dir, 'data', 'klarheit.db');
  const server = await spawnServer(bundle.file, [
    '--db',
    db,
    '--https-port',
    '0',
    '--https-cert',
    path.join(certs, 'localhost.crt'),
    '--https-key',
    path.join(certs, 'localhost.key'),
  ]);
  try {
    expect(existsSync(db)).toBe(true);
    expect(server.urls).toHaveLength(2);
    expect(server.urls[1]).toMatch(/^https:\/\/localhost:\d+$/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const { port } = new URL(server.urls[1]);
    const secure = await httpsGet(`https://127.0.0.1:${port}/healthz`, path.join(certs, 'ca.crt'));
    expect(secure).toEqual({ status: 200, body: '{"status":"ok"}' });
    // Logs are JSON lines without secrets.
    for (const line of server.lines) expect(() => JSON.parse(line)).not.toThrow();
  } finally {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }
});

it('refuses a malformed option with a message', { timeout: 30_000 }, async () => {
  await expect(spawnServer(bundle.file, ['--port', 'abc'])).rejects.toThrow(/--port must be a whole number/);
});
