// What sign-in needs to know and change about a lead: the password hash and the lockout counters.
import { hashSecret } from '../../../server/auth';
import { type StatsDb, sqlBool } from '../../../server/db/open';

export interface LeadLogin {
  id: string;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: number | null;
  mustChangePassword: boolean;
}

export async function leadByEmail({ db }: StatsDb, email: string): Promise<LeadLogin | null> {
  const row = await db
    .selectFrom('leads')
    .select(['id', 'password_hash', 'failed_logins', 'locked_until', 'must_change_password'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    passwordHash: row.password_hash,
    failedLogins: Number(row.failed_logins),
    lockedUntil: row.locked_until === null ? null : Number(row.locked_until),
    mustChangePassword: Boolean(Number(row.must_change_password)),
  };
}

export async function passwordHashOfLead({ db }: StatsDb, leadId: string): Promise<string | null> {
  const row = await db
    .selectFrom('leads')
    .select('password_hash')
    .where('id', '=', leadId)
    .executeTakeFirst();
  return row?.password_hash ?? null;
}

/**
 * Counts a failed sign-in in the database (so every server behind a load balancer sees it); at
 * `maxFailures` the account locks until `now + lockMs` and the count starts again. Returns the lock end.
 */
export async function recordFailedLogin(
  { db }: StatsDb,
  leadId: string,
  now: number,
  maxFailures: number,
  lockMs: number,
): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('leads')
      .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
      .where('id', '=', leadId)
      .returning('failed_logins')
      .executeTakeFirst();
    if (!row || Number(row.failed_logins) < maxFailures) return null;
    const lockedUntil = now + lockMs;
    await trx
      .updateTable('leads')
      .set({ failed_logins: 0, locked_until: lockedUntil })
      .where('id', '=', leadId)
      .execute();
    return lockedUntil;
  });
}

export async function clearFailedLogins({ db }: StatsDb, leadId: string): Promise<void> {
  await db
    .updateTable('leads')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', leadId)
    .execute();
}

export async function setPassword({ db }: StatsDb, leadId: string, password: string): Promise<void> {
  await db
    .updateTable('leads')
    .set({ password_hash: await hashSecret(password), must_change_password: sqlBool(false) })
    .where('id', '=', leadId)
    .execute();
}
