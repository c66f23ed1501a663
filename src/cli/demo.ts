// `klarheit demo`: a demo team with twelve weeks of realistic events and a lead to sign in with, so a
// newcomer's `npm start` shows a living dashboard at http://localhost:3000/dashboard. Safe to run again:
// the team is reused, the events are the same ids (counted once), and the lead gets a fresh password.
import { parseArgs } from 'node:util';
import { demoEvents } from '../stats/dashboard/demo-data';
import { clearFailedLogins, setPassword } from '../stats/dashboard/server/queries/leads';
import { AdminError, createLead, createTeam } from '../stats/server/admin';
import { generateToken } from '../stats/server/auth';
import { DEFAULT_SQLITE_FILE, openDatabase, type StatsDb } from '../stats/server/db/open';
import { insertEventBatch } from '../stats/server/queries/insert-event-batch';

const help = `Usage: klarheit demo [options]

Seeds a demo team (12 reps, 12 weeks of events ending today) and prints a team-lead login.

  --db FILE|URL   SQLite file or postgres:// URL (default ${DEFAULT_SQLITE_FILE})
  --team NAME     the demo team's name (default "Demo")
  --email E       the demo lead's email (default demo@klarheit.example)
  --json          print one JSON object {team, email, password, events, url}

Then: npm start (or klarheit serve) and open http://localhost:3000/dashboard`;

const REPS = 12;
const WEEKS = 12;
const BATCH = 500;

async function demoTeamId(store: StatsDb, name: string): Promise<string> {
  const existing = await store.db
    .selectFrom('teams')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  return existing?.id ?? (await createTeam(store, name)).id;
}

/** Creates the lead, or gives the existing one a fresh password (and unlocks it). */
async function demoLead(store: StatsDb, team: string, teamId: string, email: string): Promise<string> {
  const password = generateToken('password');
  const existing = await store.db
    .selectFrom('leads')
    .select(['id', 'team_id'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  if (!existing) {
    await createLead(store, team, email, password);
    return password;
  }
  if (existing.team_id !== teamId) throw new AdminError(`${email} is a lead of another team; pick --email`);
  await setPassword(store, existing.id, password);
  await clearFailedLogins(store, existing.id);
  return password;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      team: { type: 'string', default: 'Demo' },
      email: { type: 'string', default: 'demo@klarheit.example' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(help);
    return 0;
  }
  const store = await openDatabase(values.db);
  try {
    const teamId = await demoTeamId(store, values.team);
    const password = await demoLead(store, values.team, teamId, values.email);
    const now = Date.now();
    const events = demoEvents({ seed: teamId, reps: REPS, weeks: WEEKS, now });
    let accepted = 0;
    for (let i = 0; i < events.length; i += BATCH) {
      accepted += (await insertEventBatch(store, teamId, { events: events.slice(i, i + BATCH) }, now))
        .accepted;
    }
    const result = {
      team: values.team,
      email: values.email.toLowerCase(),
      password,
      events: accepted,
      url: 'http://localhost:3000/dashboard',
    };
    if (values.json) {
      console.log(JSON.stringify(result));
    } else {
      console.log(
        `Demo team "${result.team}": ${accepted} new events (${events.length - accepted} already there).`,
      );
      console.log(`Sign in at ${result.url} (after npm start) with`);
      console.log(`  email:    ${result.email}`);
      console.log(`  password: ${password}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AdminError) {
      console.error(`klarheit demo: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}
