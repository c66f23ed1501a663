// A split of the range's figures by host, language or (in per-rep mode only) rep.
import type { ComponentChildren } from 'preact';
import type { GroupRow } from '../../report/types';
import { MISSING_ELEMENTS } from '../../report/types';
import { formatCount, formatShare } from '../format';
import { useStore } from '../store';
import { Bar } from './Bar';
import { ChartCard } from './ChartCard';
import { DataTable } from './DataTable';
import { COLORS } from './WeeklyCharts';

interface Props {
  id: string;
  title: string;
  help?: string;
  rowHeader: string;
  groups: GroupRow[];
  nameOf: (key: string) => ComponentChildren;
  /** One rep per row: the "reps" column would always say 1. */
  perRep?: boolean;
}

export function SplitTable({ id, title, help, rowHeader, groups, nameOf, perRep }: Props) {
  const { t, lang } = useStore();
  const l = lang.value;
  const shown = (row: GroupRow) => (row.cell.hidden ? null : row.cell);
  return (
    <ChartCard
      id={id}
      title={title}
      help={help}
      tableOnly
      wide
      table={
        <DataTable<GroupRow>
          testId={`${id}-table`}
          caption={title}
          rowHeader={rowHeader}
          rows={groups}
          rowName={(row) => nameOf(row.key)}
          rowKey={(row) => row.key}
          hiddenReason={(row) => (row.cell.hidden ? row.cell.reason : null)}
          columns={[
            ...(perRep
              ? []
              : [{ header: t.value.reps, cell: (row: GroupRow) => formatCount(l, shown(row)!.reps) }]),
            { header: t.value.reminders, cell: (row) => formatCount(l, shown(row)!.reminders) },
            {
              header: t.value.chaserShare,
              cell: (row) => {
                const f = shown(row)!;
                return (
                  <span class="bar-cell">
                    <Bar part={f.chasers} whole={f.reminders} color={COLORS.chaser} />
                    <span class="num">{formatShare(l, f.chasers, f.reminders)}</span>
                  </span>
                );
              },
            },
            ...MISSING_ELEMENTS.map((m) => ({
              header: t.value.missing[m],
              cell: (row: GroupRow) => formatShare(l, shown(row)!.missing[m], shown(row)!.reminders),
            })),
            { header: t.value.kpiCleanAborts, cell: (row) => formatCount(l, shown(row)!.cleanAborts) },
          ]}
        />
      }
    />
  );
}
