// `klarheit serve` serves the built files: right content types, revalidation, nothing outside dist.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type StatsDb } from '../../src/stats/server/db/open';
import { type RunningTestServer, startTestServer } from './helpers/fixtures';

let dir: string;
let store: StatsDb;
let server: RunningTestServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'klarheit-static-'));
  const web = path.join(dir, 'dist', 'web');
  const outlook = path.join(dir, 'dist', 'outlook');
  mkdirSync(path.join(web, 'assets'), { recursive: true });
  mkdirSync(outlook, { recursive: true });
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Klarheit</title>');
  writeFileSync(path.join(web, 'playground.js'), 'console.log(1)');
  writeFileSync(path.join(web, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(web, '.env'), 'SECRET=1');
  writeFileSync(path.join(outlook, 'taskpane.html'), '<!doctype html><title>Task pane</title>');
  writeFileSync(path.join(outlook, 'manifest.xml'), '<OfficeApp/>');
  writeFileSync(path.join(dir, 'dist', 'secret.txt'), 'outside the web folder');
  store = await openDatabase(path.join(dir, 'klarheit.db'));
  server = await startTestServer(store, {
    staticMounts: [
      { prefix: '/outlook/', dir: outlook },
      { prefix: '/', dir: web },
    ],
  });
});

afterAll(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request, so that "..", "%2e%2e" and backslashes reach the server as sent. */
function raw(rawPath: string, headers: Record<string, string> = {}, method = 'GET') {
  const { port } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('static files', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'Klarheit'],
    ['/index.html', 'text/html; charset=utf-8', 'Klarheit'],
    ['/playground.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['/assets/logo.svg', 'image/svg+xml', '<svg'],
    ['/outlook/taskpane.html', 'text/html; charset=utf-8', 'Task pane'],
    ['/outlook/manifest.xml', 'application/xml; charset=utf-8', 'OfficeApp'],
  ])('serves %s as %s', async (url, type, content) => {
    const response = await raw(url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toContain(content);
  });

  it('answers 304 when the browser already has the file', async () => {
    const first = await raw('/playground.js');
    const again = await raw('/playground.js', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers HEAD without a body', async () => {
    const response = await raw('/playground.js', {}, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe('14');
    expect(response.body).toBe('');
  });

  it('redirects a folder to its slash form', async () => {
    const response = await raw('/outlook');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/outlook/');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/outlook/..%2f..%2fsecret.txt',
    '/.env',
    '/%2eenv',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/nothing-here.js',
  ])('never serves %s', async (url) => {
    const response = await raw(url);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the web folder');
    expect(response.body).not.toContain('SECRET');
  });

  it('answers 405 for a wrong method on an API route and 404 for unknown API paths', async () => {
    expect((await raw('/api/v1/events')).status).toBe(405);
    expect((await raw('/api/v1/nothing')).status).toBe(404);
  });
});
