// Sign-in, who-am-I, sign-out and the first-login password change for team leads.
//  - Rate limit per client address (in memory, per server) against password spraying.
//  - Lockout per account (in the database, shared by every server) after MAX_FAILURES wrong passwords.
//  - The same answer and about the same time for an unknown email as for a wrong password.
import type { IncomingMessage } from 'node:http';
import { MIN_PASSWORD_LENGTH } from '../../server/admin';
import type { AppContext } from '../../server/app-context';
import { hashSecret, verifySecret } from '../../server/auth';
import { HttpError, parseJson, readBody, sendJson } from '../../server/http';
import type { RateLimiter } from '../../server/rate-limit';
import type { RequestContext } from '../../server/router';
import type { SessionInfo } from '../report/types';
import { clearedSessionCookie, sessionCookie } from './cookies';
import { requireCsrf, requireJson, requireSameOrigin, requireSession } from './guards';
import {
  clearFailedLogins,
  leadByEmail,
  passwordHashOfLead,
  recordFailedLogin,
  setPassword,
} from './queries/leads';
import { createSession, deleteOtherSessions, deleteSession, type SessionRow } from './queries/sessions';
import { teamOfLead } from './queries/team-of-lead';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
const MAX_BODY_BYTES = 4096;
const MAX_PASSWORD_LENGTH = 1024;

/** Hashed once, lazily: verifying against it makes an unknown email cost as much as a wrong password. */
let dummyHash: Promise<string> | null = null;

function field(body: unknown, name: string, maxLength: number): string {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    throw new HttpError(400, 'invalid_body', `"${name}" must be a non-empty string`);
  }
  return value;
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  requireJson(req);
  return parseJson(await readBody(req, MAX_BODY_BYTES));
}

function tooMany(untilMs: number, now: number): HttpError {
  const seconds = Math.max(1, Math.ceil((untilMs - now) / 1000));
  return new HttpError(429, 'too_many_attempts', 'too many sign-in attempts; try again later', {
    'Retry-After': String(seconds),
  });
}

async function sessionInfo(
  app: AppContext,
  session: Pick<SessionRow, 'leadId' | 'email' | 'csrfToken' | 'mustChangePassword'>,
): Promise<SessionInfo> {
  const team = await teamOfLead(app.store, session.leadId);
  if (!team) throw new HttpError(401, 'signed_out', 'sign in first');
  return {
    email: session.email,
    team: { name: team.name, mode: team.mode },
    csrfToken: session.csrfToken,
    mustChangePassword: session.mustChangePassword,
  };
}

export function logIn(limiter: RateLimiter) {
  return async ({ req, res, app }: RequestContext): Promise<void> => {
    requireSameOrigin(req);
    const now = app.now();
    if (!limiter.take(req.socket.remoteAddress ?? 'unknown')) throw tooMany(now + 60_000, now);
    const body = await readJsonBody(req);
    const email = field(body, 'email', 254).trim().toLowerCase();
    const password = field(body, 'password', MAX_PASSWORD_LENGTH);

    const lead = await leadByEmail(app.store, email);
    if (!lead) {
      dummyHash ??= hashSecret('not a real password');
      await verifySecret(password, await dummyHash);
      throw new HttpError(401, 'wrong_credentials', 'wrong email or password');
    }
    // While locked, the password is not even checked: guessing on costs nothing but teaches nothing.
    if (lead.lockedUntil !== null && lead.lockedUntil > now) throw tooMany(lead.lockedUntil, now);
    if (!(await verifySecret(password, lead.passwordHash))) {
      const lockedUntil = await recordFailedLogin(app.store, lead.id, now, MAX_FAILURES, LOCK_MS);
      app.log.warn('dashboard sign-in failed', { lead: lead.id, locked: lockedUntil !== null });
      if (lockedUntil !== null) throw tooMany(lockedUntil, now);
      throw new HttpError(401, 'wrong_credentials', 'wrong email or password');
    }
    await clearFailedLogins(app.store, lead.id);
    const { token, csrfToken } = await createSession(app.store, lead.id, now, SESSION_TTL_MS);
    const mustChangePassword = lead.mustChangePassword;
    app.log.info('dashboard sign-in', { lead: lead.id });
    sendJson(res, 200, await sessionInfo(app, { leadId: lead.id, email, csrfToken, mustChangePassword }), {
      'Set-Cookie': sessionCookie(req, token, SESSION_TTL_MS / 1000),
    });
  };
}

export async function whoAmI({ req, res, app }: RequestContext): Promise<void> {
  const session = await requireSession(req, app);
  sendJson(res, 200, await sessionInfo(app, session));
}

export async function logOut({ req, res, app }: RequestContext): Promise<void> {
  const session = await requireSession(req, app);
  requireCsrf(req, session);
  await deleteSession(app.store, session.idHash);
  res.writeHead(204, { 'Set-Cookie': clearedSessionCookie(req), 'Cache-Control': 'no-store' }).end();
}

/** POST /api/v1/session/password {currentPassword, newPassword}: required after a one-time password. */
export async function changePassword({ req, res, app }: RequestContext): Promise<void> {
  const session = await requireSession(req, app);
  requireCsrf(req, session);
  const body = await readJsonBody(req);
  const current = field(body, 'currentPassword', MAX_PASSWORD_LENGTH);
  const next = field(body, 'newPassword', MAX_PASSWORD_LENGTH);
  const stored = await passwordHashOfLead(app.store, session.leadId);
  if (!stored || !(await verifySecret(current, stored))) {
    throw new HttpError(403, 'wrong_credentials', 'the current password is wrong');
  }
  if (next.length < MIN_PASSWORD_LENGTH) {
    throw new HttpError(400, 'weak_password', `a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (next === current)
    throw new HttpError(400, 'weak_password', 'choose a password different from the old one');
  await setPassword(app.store, session.leadId, next);
  await deleteOtherSessions(app.store, session.leadId, session.idHash);
  sendJson(res, 200, await sessionInfo(app, { ...session, mustChangePassword: false }));
}
