import { sql } from 'kysely';
import { sendJson } from '../http';
import type { RequestContext } from '../router';

/** GET /healthz: 200 when the database answers, 503 otherwise (for load balancers and monitors). */
export async function health({ res, app }: RequestContext): Promise<void> {
  try {
    await sql`select 1`.execute(app.store.db);
    sendJson(res, 200, { status: 'ok' });
  } catch {
    sendJson(res, 503, { status: 'database unavailable' });
  }
}
