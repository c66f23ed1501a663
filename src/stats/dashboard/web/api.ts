// The page's calls to the dashboard routes (src/stats/dashboard/server/routes.ts). Same origin only:
// the session cookie is SameSite=Strict and never readable by script.
import type { DashboardReport, SessionInfo } from '../report/types';

export type RangeChoice = { kind: 'last'; weeks: 4 | 12 | 52 } | { kind: 'custom'; from: string; to: string };

export type LoginResult =
  | { ok: true; session: SessionInfo }
  | { ok: false; reason: 'credentials' }
  | { ok: false; reason: 'too-many'; retryAfterSeconds: number };

/** A request the server refused because the session is gone; the page goes back to the sign-in form. */
export class SignedOut extends Error {}

/** A range the server refused (e.g. longer than it reports at once); its reason is for the lead. */
export class RangeRefused extends Error {}

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

export function rangeQuery(range: RangeChoice): string {
  const params: Record<string, string> =
    range.kind === 'last' ? { weeks: String(range.weeks) } : { from: range.from, to: range.to };
  return new URLSearchParams(params).toString();
}

async function expectOk(response: Response): Promise<Response> {
  if (response.status === 401) throw new SignedOut();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}

export async function fetchSession(): Promise<SessionInfo | null> {
  const response = await fetch('/api/v1/session', { headers: JSON_HEADERS, credentials: 'same-origin' });
  if (response.status === 401) return null;
  return (await expectOk(response)).json();
}

export async function signIn(email: string, password: string): Promise<LoginResult> {
  const response = await fetch('/api/v1/session', {
    method: 'POST',
    headers: JSON_HEADERS,
    credentials: 'same-origin',
    body: JSON.stringify({ email, password }),
  });
  if (response.status === 401) return { ok: false, reason: 'credentials' };
  if (response.status === 429) {
    const retryAfterSeconds = Number(response.headers.get('Retry-After')) || 60;
    return { ok: false, reason: 'too-many', retryAfterSeconds };
  }
  return { ok: true, session: await (await expectOk(response)).json() };
}

export async function signOut(csrfToken: string): Promise<void> {
  const response = await fetch('/api/v1/session', {
    method: 'DELETE',
    headers: { ...JSON_HEADERS, 'X-CSRF-Token': csrfToken },
    credentials: 'same-origin',
  });
  // Already signed out is as good as signed out.
  if (response.status !== 401) await expectOk(response);
}

export type PasswordChangeResult =
  | { ok: true; session: SessionInfo }
  | { ok: false; reason: 'wrong-current' | 'weak' };

export async function changePassword(
  csrfToken: string,
  currentPassword: string,
  newPassword: string,
): Promise<PasswordChangeResult> {
  const response = await fetch('/api/v1/session/password', {
    method: 'POST',
    headers: { ...JSON_HEADERS, 'X-CSRF-Token': csrfToken },
    credentials: 'same-origin',
    body: JSON.stringify({ currentPassword, newPassword }),
  });
  if (response.status === 403) {
    const { error } = (await response.json()) as { error?: string };
    if (error === 'wrong_credentials') return { ok: false, reason: 'wrong-current' };
  }
  if (response.status === 400) return { ok: false, reason: 'weak' };
  return { ok: true, session: await (await expectOk(response)).json() };
}

export async function fetchReport(range: RangeChoice): Promise<DashboardReport> {
  const response = await fetch(`/api/v1/dashboard?${rangeQuery(range)}`, {
    headers: JSON_HEADERS,
    credentials: 'same-origin',
  });
  if (response.status === 400)
    throw new RangeRefused(((await response.json()) as { reason?: string }).reason);
  return (await expectOk(response)).json();
}

export function csvUrl(range: RangeChoice): string {
  return `/api/v1/dashboard/export.csv?${rangeQuery(range)}`;
}
