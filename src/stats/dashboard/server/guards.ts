// Yes/no checks every dashboard route runs before it does anything.

import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppContext } from '../../server/app-context';
import { HttpError } from '../../server/http';
import { readCookie, SESSION_COOKIE } from './cookies';
import { type SessionRow, sessionByToken } from './queries/sessions';

/**
 * A browser always sends Origin with a cross-site POST or DELETE; it must name this server. (With the
 * SameSite=Strict cookie and the CSRF token this is the third lock on the door.)
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const forwardedHost = req.headers['x-forwarded-host'];
  return (
    host === req.headers.host || host === (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost)
  );
}

export function requireSameOrigin(req: IncomingMessage): void {
  if (!isSameOrigin(req))
    throw new HttpError(403, 'cross_origin', 'this request must come from the dashboard page');
}

export function requireJson(req: IncomingMessage): void {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  }
}

export async function currentSession(req: IncomingMessage, app: AppContext): Promise<SessionRow | null> {
  const token = readCookie(req, SESSION_COOKIE);
  return token ? sessionByToken(app.store, token, app.now()) : null;
}

export async function requireSession(req: IncomingMessage, app: AppContext): Promise<SessionRow> {
  const session = await currentSession(req, app);
  if (!session) throw new HttpError(401, 'signed_out', 'sign in first');
  return session;
}

/** State-changing requests carry the session's CSRF token in a header that no other site can set. */
export function requireCsrf(req: IncomingMessage, session: SessionRow): void {
  requireSameOrigin(req);
  const sent = Buffer.from(String(req.headers['x-csrf-token'] ?? ''));
  const expected = Buffer.from(session.csrfToken);
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
    throw new HttpError(403, 'csrf', 'the X-CSRF-Token header is missing or wrong; reload the page');
  }
}

/** The figures are off limits until a lead with a one-time password has chosen their own. */
export async function requireReadySession(req: IncomingMessage, app: AppContext): Promise<SessionRow> {
  const session = await requireSession(req, app);
  if (session.mustChangePassword) {
    throw new HttpError(403, 'password_change_required', 'choose a new password first');
  }
  return session;
}
