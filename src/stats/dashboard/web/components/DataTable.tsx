// An accessible table: a caption, column headers, a row header per row. A hidden row (works-council
// mode) shows one "too few reps to show" cell instead of numbers.
import type { ComponentChildren } from 'preact';
import type { HiddenReason } from '../../report/types';
import { useStore } from '../store';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ComponentChildren;
}

interface Props<Row> {
  caption: string;
  /** Heading of the first column, which names each row. */
  rowHeader: string;
  rows: Row[];
  rowName: (row: Row) => ComponentChildren;
  /** A stable id per row (the week's Monday, the group's key), exposed as data-key for tests. */
  rowKey: (row: Row) => string;
  /** Why a row shows no numbers, or null when it shows them. */
  hiddenReason?: (row: Row) => HiddenReason | null;
  columns: Column<Row>[];
  testId?: string;
}

export function DataTable<Row>({
  caption,
  rowHeader,
  rows,
  rowName,
  rowKey,
  hiddenReason,
  columns,
  testId,
}: Props<Row>) {
  const { t } = useStore();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls, and keyboard users must reach it (axe: scrollable-region-focusable)
    <section class="table-scroll" tabIndex={0} aria-label={t.value.tableOf(caption)}>
      <table data-testid={testId}>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const reason = hiddenReason?.(row) ?? null;
            return (
              <tr key={rowKey(row)} data-key={rowKey(row)} data-hidden={reason ?? undefined}>
                <th scope="row">{rowName(row)}</th>
                {reason ? (
                  <td class="too-few" colSpan={columns.length}>
                    {t.value.hidden[reason]}
                  </td>
                ) : (
                  columns.map((c) => (
                    <td class="num" key={c.header}>
                      {c.cell(row)}
                    </td>
                  ))
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
