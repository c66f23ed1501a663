// The tables as Kysely sees them. Conventions that hold for every table, on SQLite and PostgreSQL:
// - ids are text (UUIDs), made by the code, never by the database;
// - times are integers: epoch milliseconds (`*_at`, `ts`) or epoch days in UTC (`day` = ms / 86_400_000);
// - booleans are written as 1/0 (`sqlBool`) and read with `Boolean(...)`: SQLite has no boolean type;
// - secrets are stored hashed only (see ../auth.ts).
import type { Generated } from 'kysely';

export interface TeamsTable {
  id: string;
  name: string;
  /** SHA-256 of the team's ingest key (the key clients send with events). */
  ingest_key_hash: string;
  /** Works-council mode (default on): team-level numbers only, no group under 5 reps. */
  works_council_mode: Generated<number | boolean>;
  created_at: number;
}

export interface LeadsTable {
  id: string;
  team_id: string;
  email: string;
  /** scrypt, see hashSecret() in ../auth.ts. */
  password_hash: string;
  /** Set when the admin generated a one-time password: the lead must pick a new one at first login. */
  must_change_password: Generated<number | boolean>;
  failed_logins: Generated<number>;
  /** Epoch ms until which logins are refused after too many failures; null when not locked. */
  locked_until: number | null;
  created_at: number;
}

export interface SessionsTable {
  /** SHA-256 of the session cookie's value. */
  id_hash: string;
  lead_id: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
}

/** Read-only stats tokens for BI tools and scripts. */
export interface TokensTable {
  id: string;
  team_id: string;
  /** SHA-256 of the token. */
  token_hash: string;
  created_at: number;
}

/** Raw events, deleted after the retention period; their counts live on in daily_aggregates. */
export interface EventsTable {
  team_id: string;
  id: string;
  ts: number;
  rep: string;
  host: string;
  lang: string;
  verdict: string;
  missing_agreement: number;
  missing_value: number;
  missing_timebound: number;
  prior_unanswered: number;
  action: string;
  received_at: number;
}

/**
 * Event counts per team, UTC day and combination of dimensions, kept forever: for splits across
 * dimensions (e.g. chaser share per host) after the raw events are gone.
 */
export interface DailyAggregatesTable {
  team_id: string;
  day: number;
  verdict: string;
  action: string;
  host: string;
  lang: string;
  missing_agreement: number;
  missing_value: number;
  missing_timebound: number;
  /** priorUnanswered capped at 3 (3 means "3 or more"). */
  prior_bucket: number;
  count: number;
}

/**
 * One count per team, UTC day, dimension and value (dimensions: verdict, action, host, lang,
 * missing — one row per missing element —, prior — "0", "1", "2", "3+"), kept forever. What the stats
 * API sums: about 25 rows a day however busy the team is.
 */
export interface DailyCountsTable {
  team_id: string;
  day: number;
  dimension: string;
  value: string;
  count: number;
}

/** Which pseudonymous reps were active on a day (for "fewer than 5 reps" rules); pruned with raw events. */
export interface DailyRepsTable {
  team_id: string;
  day: number;
  rep: string;
}

/** Events a client had to drop because its queue was full; the id makes a retried report count once. */
export interface DropReportsTable {
  team_id: string;
  id: string;
  day: number;
  count: number;
}

export interface Database {
  teams: TeamsTable;
  leads: LeadsTable;
  sessions: SessionsTable;
  tokens: TokensTable;
  events: EventsTable;
  daily_aggregates: DailyAggregatesTable;
  daily_counts: DailyCountsTable;
  daily_reps: DailyRepsTable;
  drop_reports: DropReportsTable;
}
