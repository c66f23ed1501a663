// The CSV export: the same report the page shows, one row per group, hidden groups without numbers.
import { ACTIONS, type Cell, type DashboardReport, MISSING_ELEMENTS } from './types';

export const CSV_COLUMNS = [
  'group',
  'key',
  'reps',
  'reminders',
  'chasers',
  'chaser_share',
  ...MISSING_ELEMENTS.map((m) => `missing_${m}`),
  'clean_aborts',
  ...ACTIONS.map((a) => a.replaceAll('-', '_')),
  'note',
] as const;

const TOO_FEW = 'too few reps to show';

/** RFC 4180 quoting, plus a leading apostrophe so spreadsheets never run a cell as a formula. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function chaserShare(reminders: number, chasers: number): number | null {
  return reminders === 0 ? null : chasers / reminders;
}

function row(group: string, key: string, cell: Cell): string {
  const blanks = CSV_COLUMNS.length - 3;
  if (cell.hidden) return [group, key, ...Array(blanks).fill(''), TOO_FEW].map(csvField).join(',');
  const share = chaserShare(cell.reminders, cell.chasers);
  return [
    group,
    key,
    cell.reps,
    cell.reminders,
    cell.chasers,
    share === null ? '' : share.toFixed(4),
    ...MISSING_ELEMENTS.map((m) => cell.missing[m]),
    cell.cleanAborts,
    ...ACTIONS.map((a) => cell.actions[a]),
    '',
  ]
    .map(csvField)
    .join(',');
}

export function reportToCsv(report: DashboardReport): string {
  const lines = [
    CSV_COLUMNS.join(','),
    row('total', `${report.range.from}..${report.range.to}`, report.total),
    ...report.weeks.map((w) => row('week', w.week, w.cell)),
    ...report.byHost.map((g) => row('host', g.key, g.cell)),
    ...report.byLanguage.map((g) => row('language', g.key, g.cell)),
    ...(report.perRep ?? []).map((g) => row('rep', g.key, g.cell)),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name without anything a browser or file system could choke on. */
export function csvFileName(report: DashboardReport): string {
  const team = report.team.name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'team';
  return `klarheit-${team}-${report.range.from}-${report.range.to}.csv`;
}
