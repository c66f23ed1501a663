// The three weekly trends: chaser share, missing clarity elements, clean aborts.
import { useMemo } from 'preact/hooks';
import type { Cell, DashboardReport, Figures, WeekRow } from '../../report/types';
import { MISSING_ELEMENTS } from '../../report/types';
import { formatCount, formatDay, formatShare, isoWeekNumber } from '../format';
import { useStore } from '../store';
import { ChartCard } from './ChartCard';
import { type Column, DataTable } from './DataTable';
import { type Line, TimeChart } from './TimeChart';

/** Okabe–Ito colours: distinguishable with every common colour-vision deficiency. */
export const COLORS = {
  chaser: '#0072B2',
  agreement: '#D55E00',
  value: '#009E73',
  timebound: '#CC79A7',
  aborts: '#0072B2',
  inserted: '#E69F00',
};

type Shown = { week: string; cell: { hidden: false } & Figures };
const figuresOf = (cell: Cell) => (cell.hidden ? null : cell);
const percent = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

function useWeekAxis(weeks: WeekRow[]) {
  const { lang, t } = useStore();
  return useMemo(() => {
    const short = weeks.map((w) => `${lang.value === 'de' ? 'KW' : 'W'}${isoWeekNumber(w.week)}`);
    const long = (week: string) => t.value.weekLabel(isoWeekNumber(week), formatDay(lang.value, week));
    return { short, long };
  }, [weeks, lang.value, t.value]);
}

function useFormatters() {
  const { lang } = useStore();
  return useMemo(
    () => ({
      percent: (v: number) => formatShare(lang.value, v, 100),
      count: (v: number) => (Number.isInteger(v) ? formatCount(lang.value, v) : ''),
    }),
    [lang.value],
  );
}

function WeekTable({ id, weeks, columns }: { id: string; weeks: WeekRow[]; columns: Column<Shown>[] }) {
  const { t } = useStore();
  const axis = useWeekAxis(weeks);
  return (
    <DataTable<WeekRow>
      testId={`${id}-table`}
      caption={t.value.week}
      rowHeader={t.value.week}
      rows={weeks}
      rowName={(row) => axis.long(row.week)}
      rowKey={(row) => row.week}
      hiddenReason={(row) => (row.cell.hidden ? row.cell.reason : null)}
      columns={columns as unknown as Column<WeekRow>[]}
    />
  );
}

export function ChaserTrend({ report }: { report: DashboardReport }) {
  const { t, lang } = useStore();
  const axis = useWeekAxis(report.weeks);
  const fmt = useFormatters();
  const lines = useMemo<Line[]>(
    () => [
      {
        label: t.value.chaserShare,
        color: COLORS.chaser,
        values: report.weeks.map((w) => {
          const f = figuresOf(w.cell);
          return f && percent(f.chasers, f.reminders);
        }),
      },
    ],
    [report, t.value],
  );
  const l = lang.value;
  return (
    <ChartCard
      id="chaser"
      title={t.value.chaserTitle}
      help={t.value.chaserHelp}
      chart={<TimeChart weekLabels={axis.short} lines={lines} formatY={fmt.percent} yMax={100} />}
      table={
        <WeekTable
          id="chaser"
          weeks={report.weeks}
          columns={[
            { header: t.value.reps, cell: (r) => formatCount(l, r.cell.reps) },
            { header: t.value.reminders, cell: (r) => formatCount(l, r.cell.reminders) },
            { header: t.value.chasers, cell: (r) => formatCount(l, r.cell.chasers) },
            { header: t.value.chaserShare, cell: (r) => formatShare(l, r.cell.chasers, r.cell.reminders) },
          ]}
        />
      }
    />
  );
}

export function MissingTrend({ report }: { report: DashboardReport }) {
  const { t, lang } = useStore();
  const axis = useWeekAxis(report.weeks);
  const fmt = useFormatters();
  const lines = useMemo<Line[]>(
    () =>
      MISSING_ELEMENTS.map((m) => ({
        label: t.value.missing[m],
        color: COLORS[m],
        values: report.weeks.map((w) => {
          const f = figuresOf(w.cell);
          return f && percent(f.missing[m], f.reminders);
        }),
      })),
    [report, t.value],
  );
  const l = lang.value;
  return (
    <ChartCard
      id="missing"
      title={t.value.missingTitle}
      help={t.value.missingHelp}
      chart={<TimeChart weekLabels={axis.short} lines={lines} formatY={fmt.percent} yMax={100} />}
      table={
        <WeekTable
          id="missing"
          weeks={report.weeks}
          columns={[
            { header: t.value.reminders, cell: (r) => formatCount(l, r.cell.reminders) },
            ...MISSING_ELEMENTS.map((m) => ({
              header: t.value.missing[m],
              cell: (r: Shown) =>
                `${formatCount(l, r.cell.missing[m])} (${formatShare(l, r.cell.missing[m], r.cell.reminders)})`,
            })),
          ]}
        />
      }
    />
  );
}

export function AbortsTrend({ report }: { report: DashboardReport }) {
  const { t, lang } = useStore();
  const axis = useWeekAxis(report.weeks);
  const fmt = useFormatters();
  const lines = useMemo<Line[]>(
    () => [
      {
        label: t.value.cleanAborts,
        color: COLORS.aborts,
        values: report.weeks.map((w) => figuresOf(w.cell)?.cleanAborts ?? null),
      },
      {
        label: t.value.abortsInserted,
        color: COLORS.inserted,
        values: report.weeks.map((w) => figuresOf(w.cell)?.actions['inserted-abort'] ?? null),
      },
    ],
    [report, t.value],
  );
  const l = lang.value;
  return (
    <ChartCard
      id="aborts"
      title={t.value.abortsTitle}
      help={t.value.abortsHelp}
      chart={<TimeChart weekLabels={axis.short} lines={lines} formatY={fmt.count} yMax={4} />}
      table={
        <WeekTable
          id="aborts"
          weeks={report.weeks}
          columns={[
            { header: t.value.cleanAborts, cell: (r) => formatCount(l, r.cell.cleanAborts) },
            { header: t.value.abortsInserted, cell: (r) => formatCount(l, r.cell.actions['inserted-abort']) },
          ]}
        />
      }
    />
  );
}
