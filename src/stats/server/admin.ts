// What `klarheit admin` does, usable from tests and scripts too. Every secret is returned once, here,
// and stored only as a hash.
import { randomUUID } from 'node:crypto';
import { generateToken, hashSecret, hashToken } from './auth';
import { type StatsDb, sqlBool } from './db/open';

export const MIN_PASSWORD_LENGTH = 10;

export class AdminError extends Error {}

async function teamIdByName({ db }: StatsDb, name: string): Promise<string> {
  const row = await db.selectFrom('teams').select('id').where('name', '=', name).executeTakeFirst();
  if (!row) throw new AdminError(`there is no team named "${name}" (see "klarheit admin list")`);
  return row.id;
}

export async function createTeam(store: StatsDb, name: string, now = Date.now()) {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) throw new AdminError('a team name has 1 to 100 characters');
  const existing = await store.db
    .selectFrom('teams')
    .select('id')
    .where('name', '=', trimmed)
    .executeTakeFirst();
  if (existing) throw new AdminError(`a team named "${trimmed}" exists already`);
  const id = randomUUID();
  const key = generateToken('ingest');
  await store.db
    .insertInto('teams')
    .values({ id, name: trimmed, ingest_key_hash: hashToken(key), created_at: now })
    .execute();
  return { team: trimmed, id, key };
}

/** A new ingest key for a team; the old one stops working at once (clients need the new one). */
export async function rotateIngestKey(store: StatsDb, teamName: string) {
  const id = await teamIdByName(store, teamName);
  const key = generateToken('ingest');
  await store.db
    .updateTable('teams')
    .set({ ingest_key_hash: hashToken(key) })
    .where('id', '=', id)
    .execute();
  return { team: teamName, id, key };
}

/**
 * A team lead. Without a password a one-time password is generated and returned; the lead must
 * choose a new one at first login.
 */
export async function createLead(
  store: StatsDb,
  teamName: string,
  email: string,
  password: string | null,
  now = Date.now(),
) {
  const teamId = await teamIdByName(store, teamName);
  const normalized = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalized) || normalized.length > 254) {
    throw new AdminError(`"${email}" is not an email address`);
  }
  if (password !== null && password.length < MIN_PASSWORD_LENGTH) {
    throw new AdminError(`a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const taken = await store.db
    .selectFrom('leads')
    .select('id')
    .where('email', '=', normalized)
    .executeTakeFirst();
  if (taken) throw new AdminError(`a lead with the email ${normalized} exists already`);
  const oneTimePassword = password === null ? generateToken('password') : null;
  const id = randomUUID();
  await store.db
    .insertInto('leads')
    .values({
      id,
      team_id: teamId,
      email: normalized,
      password_hash: await hashSecret(password ?? (oneTimePassword as string)),
      must_change_password: sqlBool(oneTimePassword !== null),
      locked_until: null,
      created_at: now,
    })
    .execute();
  return { lead: id, email: normalized, team: teamName, ...(oneTimePassword ? { oneTimePassword } : {}) };
}

/** A read-only stats token for BI tools and scripts (GET /api/v1/stats). */
export async function createStatsToken(store: StatsDb, teamName: string, now = Date.now()) {
  const teamId = await teamIdByName(store, teamName);
  const token = generateToken('stats');
  await store.db
    .insertInto('tokens')
    .values({ id: randomUUID(), team_id: teamId, token_hash: hashToken(token), created_at: now })
    .execute();
  return { team: teamName, token };
}

export interface TeamListing {
  id: string;
  name: string;
  worksCouncilMode: boolean;
  leads: string[];
  tokens: number;
}

export async function listTeams({ db }: StatsDb): Promise<TeamListing[]> {
  const teams = await db
    .selectFrom('teams')
    .select(['id', 'name', 'works_council_mode'])
    .orderBy('name')
    .execute();
  const leads = await db.selectFrom('leads').select(['team_id', 'email']).orderBy('email').execute();
  const tokens = await db.selectFrom('tokens').select('team_id').execute();
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    worksCouncilMode: Boolean(t.works_council_mode),
    leads: leads.filter((l) => l.team_id === t.id).map((l) => l.email),
    tokens: tokens.filter((k) => k.team_id === t.id).length,
  }));
}
