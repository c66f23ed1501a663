// A titled card: the chart, a sentence on how to read it, and its numbers in a table (collapsible, so
// the page stays calm; a screen reader finds the table under the "Numbers" disclosure).
import type { ComponentChildren } from 'preact';
import { useStore } from '../store';

interface Props {
  id: string;
  title: string;
  help?: string;
  chart?: ComponentChildren;
  table: ComponentChildren;
  /** Tables that are the chart themselves (bars in cells) are shown open. */
  tableOnly?: boolean;
  /** Spans the whole width of the grid (wide tables). */
  wide?: boolean;
}

export function ChartCard({ id, title, help, chart, table, tableOnly, wide }: Props) {
  const { t } = useStore();
  return (
    <section class={wide ? 'card wide' : 'card'} aria-labelledby={`${id}-title`} data-card={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {help && <p class="help">{help}</p>}
      {tableOnly ? (
        table
      ) : (
        <>
          {chart}
          <details>
            <summary>{t.value.showNumbers}</summary>
            {table}
          </details>
        </>
      )}
    </section>
  );
}
