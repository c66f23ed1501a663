// CORS: only the configured add-in and extension origins may call the API from a browser.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from './helpers/databases';
import { type RunningTestServer, startTestServer } from './helpers/fixtures';

const ADDIN = 'https://localhost:3443';
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

forEachDatabase((fixture) => {
  let server: RunningTestServer;
  beforeAll(async () => {
    server = await startTestServer(fixture.store(), { corsOrigins: [ADDIN, EXTENSION] });
  });
  afterAll(() => server.close());

  function preflight(origin: string) {
    return fetch(`${server.url}/api/v1/events`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
  }

  it('allows the configured origins', async () => {
    for (const origin of [ADDIN, EXTENSION]) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    }
  });

  it('gives any other origin no CORS headers, so browsers block it', async () => {
    const response = await preflight('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${server.url}/api/v1/stats`, { headers: { Origin: 'https://evil.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});
