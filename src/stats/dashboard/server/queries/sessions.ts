// Dashboard sessions. The cookie holds a random token; the table holds only its SHA-256, so a copy of
// the database cannot be used to sign in.
import { randomBytes } from 'node:crypto';
import { generateToken, hashToken } from '../../../server/auth';
import type { StatsDb } from '../../../server/db/open';

export interface SessionRow {
  idHash: string;
  leadId: string;
  teamId: string;
  email: string;
  csrfToken: string;
  mustChangePassword: boolean;
}

export async function createSession(
  { db }: StatsDb,
  leadId: string,
  now: number,
  ttlMs: number,
): Promise<{ token: string; csrfToken: string }> {
  const token = generateToken('session');
  const csrfToken = randomBytes(32).toString('base64url');
  // Expired sessions go when anyone signs in: no background job needed for a small table.
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashToken(token),
      lead_id: leadId,
      csrf_token: csrfToken,
      created_at: now,
      expires_at: now + ttlMs,
    })
    .execute();
  return { token, csrfToken };
}

export async function sessionByToken(
  { db }: StatsDb,
  token: string,
  now: number,
): Promise<SessionRow | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('leads', 'leads.id', 'sessions.lead_id')
    .select([
      'sessions.id_hash as idHash',
      'sessions.csrf_token as csrfToken',
      'leads.id as leadId',
      'leads.team_id as teamId',
      'leads.email as email',
      'leads.must_change_password as mustChange',
    ])
    .where('sessions.id_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const { mustChange, ...rest } = row;
  return { ...rest, mustChangePassword: Boolean(Number(mustChange)) };
}

export async function deleteSession({ db }: StatsDb, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** After a password change every other session of the lead ends (a thief's included). */
export async function deleteOtherSessions(
  { db }: StatsDb,
  leadId: string,
  keepIdHash: string,
): Promise<void> {
  await db.deleteFrom('sessions').where('lead_id', '=', leadId).where('id_hash', '!=', keepIdHash).execute();
}
