// The dashboard's data, as the server sends it to the page and the CSV export writes it. Shared by the
// server (src/stats/dashboard/server) and the page (src/stats/dashboard/web), so both agree on every field.

/** What a rep did, in the order the dashboard shows the funnel (issue 5's event `action`). */
export const ACTIONS = [
  'shown',
  'inserted-follow-up',
  'inserted-abort',
  'inserted-next-step',
  'dismissed',
  'sent-anyway',
  'held-on-send',
] as const;
export type Action = (typeof ACTIONS)[number];

export const MISSING_ELEMENTS = ['agreement', 'value', 'timebound'] as const;
export type Missing = (typeof MISSING_ELEMENTS)[number];

/** Works-council mode: no figure is ever computed over fewer distinct reps than this. */
export const MIN_REPS = 5;

/** `team`: works-council mode (the default). `per-rep`: an admin switched per-rep figures on. */
export type TeamMode = 'team' | 'per-rep';

/** The figures of one group of events (the whole range, one week, one host, one language, one rep). */
export interface Figures {
  /** Distinct reps with at least one event in the group. */
  reps: number;
  /** Reminders Klarheit showed a verdict for (chaser, weak or follow-up; clean aborts are counted apart). */
  reminders: number;
  /** Of those reminders, the chasers: no agreement and no new value. */
  chasers: number;
  /** Of those reminders, how many lacked each clarity element. */
  missing: Record<Missing, number>;
  /** Drafts Klarheit recognised as a clean abort of the matter. */
  cleanAborts: number;
  /** Every event by what the rep did. */
  actions: Record<Action, number>;
}

/**
 * Why a group shows no numbers: fewer than MIN_REPS reps (works-council mode), or a week whose raw
 * events the server already deleted (retention), so reps can no longer be counted.
 */
export type HiddenReason = 'too-few-reps' | 'expired';

/** A group's figures, or only the reason it shows none. */
export type Cell = { hidden: true; reason: HiddenReason } | ({ hidden: false } & Figures);

export interface WeekRow {
  /** Monday of the ISO week (UTC), YYYY-MM-DD. */
  week: string;
  cell: Cell;
}

export interface GroupRow {
  /** The host ("outlook", "gmail", "playground"), the language ("de", "en") or the rep id. */
  key: string;
  cell: Cell;
}

export interface DashboardReport {
  team: { name: string; mode: TeamMode };
  minReps: number;
  /** Whole ISO weeks, inclusive: `from` is a Monday, `to` a Sunday (YYYY-MM-DD, UTC). */
  range: { from: string; to: string };
  /** False when the team never sent a single event: the page then explains how to connect. */
  teamHasEvents: boolean;
  /** All events in the range, without the weeks that are hidden. */
  total: Cell;
  weeks: WeekRow[];
  byHost: GroupRow[];
  byLanguage: GroupRow[];
  /** Present only when an admin set the team to per-rep mode; sorted by rep id, never ranked. */
  perRep?: GroupRow[];
}

/** Who is signed in, as GET /api/v1/session returns it. */
export interface SessionInfo {
  email: string;
  team: { name: string; mode: TeamMode };
  /** Sent back in the `X-CSRF-Token` header of every state-changing request. */
  csrfToken: string;
  /** Signed in with a one-time password: the page asks for a new one before showing any figures. */
  mustChangePassword: boolean;
}
