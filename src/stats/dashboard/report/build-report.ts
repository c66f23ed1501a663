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
import { type WeekRange, weekStart, weeksIn } from './weeks';

/** How many events of one rep on one day share all these attributes (one row of the grouped query). */
export interface EventCount {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  rep: string;
  host: string;
  lang: string;
  verdict: string;
  action: string;
  missingAgreement: boolean;
  missingValue: boolean;
  missingTimebound: boolean;
  count: number;
}

export interface ReportInput {
  team: { name: string; mode: TeamMode };
  range: WeekRange;
  teamHasEvents: boolean;
  counts: EventCount[];
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

function add(tally: Tally, row: EventCount): void {
  const f = tally.figures;
  tally.reps.add(row.rep);
  f.reps = tally.reps.size;
  if (row.action in f.actions) f.actions[row.action as Action] += row.count;
  // One `shown` event per analysed draft: verdict figures count those, so that a later action on the
  // same draft (inserted, dismissed, sent anyway) does not count the draft twice.
  if (row.action !== 'shown') return;
  if (row.verdict === 'abort') f.cleanAborts += row.count;
  if (!REMINDER_VERDICTS.has(row.verdict)) return;
  f.reminders += row.count;
  if (row.verdict === 'chaser') f.chasers += row.count;
  if (row.missingAgreement) f.missing.agreement += row.count;
  if (row.missingValue) f.missing.value += row.count;
  if (row.missingTimebound) f.missing.timebound += row.count;
}

function tallyBy(rows: EventCount[], keyOf: (row: EventCount) => string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    const key = keyOf(row);
    let tally = tallies.get(key);
    if (!tally) {
      tally = emptyTally();
      tallies.set(key, tally);
    }
    add(tally, row);
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
  const { team, range, counts } = input;
  const inRange = counts.filter((row) => row.day >= range.from && row.day <= range.to);
  const weekly = tallyBy(inRange, (row) => weekStart(row.day));
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
  const counted = inRange.filter((row) => hiddenCell(weekStart(row.day)) === null);
  const total = tallyBy(counted, () => 'total').get('total') ?? emptyTally();
  // Nothing left to count although the range had events: say why instead of showing zeros.
  const tooFewWeeks = weeks.some((w) => w.cell.hidden && w.cell.reason === 'too-few-reps');
  const expiredWeeks = weeks.some((w) => w.cell.hidden && w.cell.reason === 'expired');
  const totalHiddenBy: Cell | null =
    counted.length > 0 ? null : tooFewWeeks ? TOO_FEW : expiredWeeks ? EXPIRED : null;
  const split = (keyOf: (row: EventCount) => string): GroupRow[] => {
    const tallies = tallyBy(counted, keyOf);
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
  if (perRepMode) report.perRep = split((row) => row.rep);
  return report;
}
