// `klarheit admin`: the real command against SQLite and PostgreSQL. Secrets are printed once and
// stored only as hashes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifySecret } from '../../src/stats/server/auth';
import { forEachDatabase } from './helpers/databases';
import {
  getStats,
  postEvents,
  type RunningTestServer,
  startTestServer,
  statsEvent,
} from './helpers/fixtures';
import { buildCliEntry, runAdmin } from './helpers/server-process';

let bundle: Awaited<ReturnType<typeof buildCliEntry>>;
beforeAll(async () => {
  bundle = await buildCliEntry();
});
afterAll(() => bundle.remove());

forEachDatabase((fixture) => {
  let server: RunningTestServer;
  beforeAll(async () => {
    server = await startTestServer(fixture.store(), { rateLimitPerMinute: 0 });
  });
  afterAll(() => server.close());

  function admin(args: string[], stdin?: string) {
    return runAdmin(bundle.file, [...args, '--db', fixture.location()], stdin);
  }

  function json(args: string[], stdin?: string) {
    const result = admin([...args, '--json'], stdin);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Record<string, string>;
  }

  it('creates a team whose key ingests, a token that reads, and rotates the key', async () => {
    const name = `Vertrieb Nord ${randomUUID().slice(0, 8)}`;
    const team = json(['create-team', name]);
    expect(team).toEqual({ team: name, id: expect.any(String), key: expect.stringMatching(/^kk_ingest_/) });
    expect((await postEvents(server.url, team.key, { events: [statsEvent()] })).status).toBe(200);

    const { token } = json(['create-token', '--team', name]);
    const stats = await getStats(server.url, '', { Authorization: `Bearer ${token}` });
    expect(stats.body.total).toBe(1);

    const rotated = json(['rotate-key', '--team', name]);
    expect(rotated.key).not.toBe(team.key);
    expect((await postEvents(server.url, team.key, { events: [statsEvent()] })).status).toBe(401);
    expect((await postEvents(server.url, rotated.key, { events: [statsEvent()] })).status).toBe(200);

    // Nothing secret is stored in the clear.
    const rows = JSON.stringify([
      await fixture.store().db.selectFrom('teams').selectAll().execute(),
      await fixture.store().db.selectFrom('tokens').selectAll().execute(),
    ]);
    for (const secret of [team.key, rotated.key, token]) expect(rows).not.toContain(secret);
  });

  it('creates leads with a password from stdin or a one-time password', async () => {
    const name = `Team ${randomUUID().slice(0, 8)}`;
    json(['create-team', name]);
    const email = `Lead.${randomUUID().slice(0, 8)}@Example.com`;
    const withPassword = json(['create-lead', '--team', name, '--email', email], 'correct horse battery\n');
    expect(withPassword).toMatchObject({ email: email.toLowerCase(), team: name });
    expect(withPassword).not.toHaveProperty('oneTimePassword');
    const stored = await fixture
      .store()
      .db.selectFrom('leads')
      .selectAll()
      .where('email', '=', email.toLowerCase())
      .executeTakeFirstOrThrow();
    expect(await verifySecret('correct horse battery', stored.password_hash)).toBe(true);
    expect(stored.password_hash).not.toContain('correct horse');
    expect(Boolean(stored.must_change_password)).toBe(false);

    const generated = json(['create-lead', '--team', name, '--email', `second.${email}`]);
    const second = await fixture
      .store()
      .db.selectFrom('leads')
      .selectAll()
      .where('email', '=', `second.${email}`.toLowerCase())
      .executeTakeFirstOrThrow();
    expect(await verifySecret(generated.oneTimePassword, second.password_hash)).toBe(true);
    expect(Boolean(second.must_change_password)).toBe(true);

    const listed = JSON.parse(admin(['list', '--json']).stdout) as {
      teams: { name: string; leads: string[] }[];
    };
    expect(listed.teams.find((t) => t.name === name)?.leads).toHaveLength(2);
  });

  it('explains mistakes with a message and a non-zero exit code', () => {
    const name = `Dup ${randomUUID().slice(0, 8)}`;
    json(['create-team', name]);
    const cases: [string[], string | undefined, RegExp][] = [
      [['create-team', name], undefined, /exists already/],
      [['create-token', '--team', 'no such team'], undefined, /no team named/],
      [
        ['create-lead', '--team', name, '--email', 'not-an-address'],
        'long enough pw',
        /not an email address/,
      ],
      [['create-lead', '--team', name, '--email', 'a@b.example'], 'short', /at least 10 characters/],
      [['rotate-key'], undefined, /--team is required/],
      [['frobnicate'], undefined, /unknown action/],
    ];
    for (const [args, stdin, message] of cases) {
      const result = admin(args, stdin);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr).toMatch(message);
    }
  });
});
