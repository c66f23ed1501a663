// CORS only for the origins the admin configured (the Outlook add-in's, the Gmail extension's).
// Other origins get no CORS headers, so browsers keep their pages from calling the API; the
// server's own pages (playground, dashboard) are same-origin and need none.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The add-in's own origin when `klarheit serve --https` hosts its files. */
export const DEFAULT_CORS_ORIGINS = ['https://localhost:3443'];

export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>): void {
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (!origin || !allowed.has(origin)) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
  res.setHeader('Access-Control-Max-Age', '600');
}
