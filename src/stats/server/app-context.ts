// What every route handler gets: the database, the logger and how to find out who is asking.
import type { IncomingMessage } from 'node:http';
import type { Principal } from './auth';
import type { StatsDb } from './db/open';
import type { Logger } from './log';
import type { Router } from './router';

export interface AppContext {
  store: StatsDb;
  log: Logger;
  /** A logged-in team lead's principal from the request's session cookie, or null (see ServerExtension). */
  resolveSession(req: IncomingMessage): Promise<Principal | null>;
  now(): number;
}

/**
 * How a feature adds itself to the server (the dashboard does): routes of its own, and optionally the
 * session resolver that lets `GET /api/v1/stats` accept a logged-in lead as well as a stats token.
 */
export interface ServerExtension {
  registerRoutes?(router: Router, app: AppContext): void;
  resolveSession?(req: IncomingMessage, app: AppContext): Promise<Principal | null>;
}
