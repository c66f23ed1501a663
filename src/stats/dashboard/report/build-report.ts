// Turns grouped event counts into the dashboard's report, applying works-council mode on the server,
// so that numbers about too few reps never leave it. Pure: the database query lives in ../server.
//
// Works-council mode (the default for every team):
//  1. A week with fewer than MIN_REPS distinct reps shows "too few reps" and its events are left out of
//     every other figure of the view — so no total, split or overlapping range can reveal it by subtraction.
//  2. A host or language group with fewer than MIN_REPS reps shows "too few reps". When the hidden
//     groups of a split together still have fewer than MIN_REPS reps, the next smallest groups are hidden
//     too, so that "total minus the visible groups" cannot reveal them either.
//  3. No per-rep figures at all. Per-rep mode (set only by an admin) turns all of this off.
import {
  ACTIONS,
  type Action,
  type Cell,
  type DashboardReport,
  type Figures,
  type GroupRow,
  MIN_REPS,
  type Missing,
  type TeamMode,
  type WeekRow,
} from './types';
import { type WeekRange, weeksIn } from './weeks';

/** What events are grouped by: the ISO week's Monday (UTC, YYYY-MM-DD), host, language — and rep. */
interface Grouping {
  week: string;
  host: string;
  lang: string;
  /** Only in per-rep mode: in works-council mode the figures are counted without it. */
  rep?: string;
}

/** How many events in one week share all these attributes (one row of the grouped query). */
export interface EventCount extends Grouping {
  host: string;
  lang: string;
  verdict: string;
  action: string;
  missingAgreement: boolean;
  missingValue: boolean;
  missingTimebound: boolean;
  count: number;
}

/** A rep with at least one event in a week on a host in a language: what distinct reps are counted from. */
export interface RepActivity extends Grouping {
  rep: string;
}

export interface ReportInput {
  team: { name: string; mode: TeamMode };
  range: WeekRange;
  teamHasEvents: boolean;
  counts: EventCount[];
  activity: RepActivity[];
  /** Mondays of weeks whose raw events retention has (partly) deleted: hidden in both modes. */
  expiredWeeks?: readonly string[];
}

const REMINDER_VERDICTS = new Set(['chaser', 'weak', 'follow-up']);

/** Figures plus the set of reps behind them, while counting. */
interface Tally {
  reps: Set<string>;
  figures: Figures;
}

function emptyTally(): Tally {
  const actions = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<Action, number>;
  const missing: Record<Missing, number> = { agreement: 0, value: 0, timebound: 0 };
  return {
    reps: new Set(),
    figures: { reps: 0, reminders: 0, chasers: 0, missing, cleanAborts: 0, actions },
  };
}

function add(f: Figures, row: EventCount): void {
  if (row.action in f.actions) f.actions[row.action as Action] += row.count;
  // The panel sends `shown` once per verdict it showed for a draft: verdict figures count those, so
  // that a later action on the same draft (inserted, dismissed, sent anyway) does not count it twice.
  if (row.action !== 'shown') return;
  if (row.verdict === 'abort') f.cleanAborts += row.count;
  if (!REMINDER_VERDICTS.has(row.verdict)) return;
  f.reminders += row.count;
  if (row.verdict === 'chaser') f.chasers += row.count;
  if (row.missingAgreement) f.missing.agreement += row.count;
  if (row.missingValue) f.missing.value += row.count;
  if (row.missingTimebound) f.missing.timebound += row.count;
}

/** Figures from the counts and distinct reps from the activity, per group. */
function tallyBy(
  counts: EventCount[],
  activity: RepActivity[],
  keyOf: (row: Grouping) => string,
): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const tallyOf = (row: Grouping) => {
    const key = keyOf(row);
    let tally = tallies.get(key);
    if (!tally) {
      tally = emptyTally();
      tallies.set(key, tally);
    }
    return tally;
  };
  for (const row of counts) add(tallyOf(row).figures, row);
  for (const row of activity) {
    const tally = tallyOf(row);
    tally.reps.add(row.rep);
    tally.figures.reps = tally.reps.size;
  }
  return tallies;
}

const shown = (tally: Tally): Cell => ({ hidden: false, ...tally.figures });
const TOO_FEW: Cell = { hidden: true, reason: 'too-few-reps' };
const EXPIRED: Cell = { hidden: true, reason: 'expired' };

/** Too few reps to show — but an empty group reveals nobody and shows its zeros. */
const tooFew = (tally: Tally) => tally.reps.size > 0 && tally.reps.size < MIN_REPS;

/** One split (by host or by language) with rule 2 of works-council mode applied. */
function protectedSplit(tallies: Map<string, Tally>): GroupRow[] {
  const keys = [...tallies.keys()].sort();
  const hidden = new Set(keys.filter((key) => tooFew(tallies.get(key)!)));
  const hiddenReps = () => new Set([...hidden].flatMap((key) => [...tallies.get(key)!.reps])).size;
  while (hidden.size > 0 && hiddenReps() < MIN_REPS) {
    const smallest = keys
      .filter((key) => !hidden.has(key) && tallies.get(key)!.reps.size > 0)
      .sort((a, b) => tallies.get(a)!.reps.size - tallies.get(b)!.reps.size)[0];
    if (smallest === undefined) break;
    hidden.add(smallest);
  }
  return keys.map((key) => ({ key, cell: hidden.has(key) ? TOO_FEW : shown(tallies.get(key)!) }));
}

export function buildReport(input: ReportInput): DashboardReport {
  const { team, range } = input;
  const inRange = <Row extends Grouping>(rows: Row[]) =>
    rows.filter((r) => r.week >= range.from && r.week <= range.to);
  const counts = inRange(input.counts);
  const activity = inRange(input.activity);
  const weekly = tallyBy(counts, activity, (row) => row.week);
  const perRepMode = team.mode === 'per-rep';
  const expired = new Set(input.expiredWeeks ?? []);
  const hiddenCell = (week: string): Cell | null => {
    if (expired.has(week)) return EXPIRED;
    return !perRepMode && tooFew(weekly.get(week) ?? emptyTally()) ? TOO_FEW : null;
  };

  const weeks: WeekRow[] = weeksIn(range).map((week) => ({
    week,
    cell: hiddenCell(week) ?? shown(weekly.get(week) ?? emptyTally()),
  }));
  const hidden = new Set(weeks.filter((w) => w.cell.hidden).map((w) => w.week));
  const shownCounts = counts.filter((row) => !hidden.has(row.week));
  const shownActivity = activity.filter((row) => !hidden.has(row.week));
  const total = tallyBy(shownCounts, shownActivity, () => 'total').get('total') ?? emptyTally();
  // Nothing left to count although the range had events: say why instead of showing zeros.
  const tooFewWeeks = weeks.some((w) => w.cell.hidden && w.cell.reason === 'too-few-reps');
  const expiredWeeks = weeks.some((w) => w.cell.hidden && w.cell.reason === 'expired');
  const totalHiddenBy: Cell | null =
    shownCounts.length > 0 ? null : tooFewWeeks ? TOO_FEW : expiredWeeks ? EXPIRED : null;
  const split = (keyOf: (row: Grouping) => string): GroupRow[] => {
    const tallies = tallyBy(shownCounts, shownActivity, keyOf);
    if (perRepMode) return [...tallies.keys()].sort().map((key) => ({ key, cell: shown(tallies.get(key)!) }));
    return protectedSplit(tallies);
  };

  const report: DashboardReport = {
    team,
    minReps: MIN_REPS,
    range: { ...range },
    teamHasEvents: input.teamHasEvents,
    total: totalHiddenBy ?? shown(total),
    weeks,
    byHost: split((row) => row.host),
    byLanguage: split((row) => row.lang),
  };
  // Per-rep counts carry the rep (see server/queries/event-counts.ts); works-council counts never do.
  if (perRepMode) report.perRep = split((row) => row.rep ?? '');
  return report;
}
