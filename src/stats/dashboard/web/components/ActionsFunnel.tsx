// What reps did after Klarheit showed its findings: a table whose bars are the chart.
import { ACTIONS, type DashboardReport } from '../../report/types';
import { formatCount, formatShare } from '../format';
import { useStore } from '../store';
import { Bar } from './Bar';
import { ChartCard } from './ChartCard';

export function ActionsFunnel({ report }: { report: DashboardReport }) {
  const { t, lang } = useStore();
  const total = report.total;
  const l = lang.value;
  const table = total.hidden ? (
    <p class="too-few">{t.value.hidden[total.reason]}</p>
  ) : (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls, and keyboard users must reach it (axe: scrollable-region-focusable)
    <section class="table-scroll" tabIndex={0} aria-label={t.value.tableOf(t.value.actionsTitle)}>
      <table data-testid="actions-table">
        <caption class="sr-only">{t.value.actionsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.value.action}</th>
            <th scope="col">{t.value.count}</th>
            <th scope="col">{t.value.shareOfShown}</th>
          </tr>
        </thead>
        <tbody>
          {ACTIONS.map((action) => (
            <tr key={action} data-action={action} class={action === 'shown' ? 'funnel-top' : undefined}>
              <th scope="row">{t.value.actions[action]}</th>
              <td class="num">{formatCount(l, total.actions[action])}</td>
              <td class="bar-cell">
                <Bar part={total.actions[action]} whole={total.actions.shown} />
                <span class="num">{formatShare(l, total.actions[action], total.actions.shown)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
  return (
    <ChartCard id="actions" title={t.value.actionsTitle} help={t.value.actionsHelp} table={table} tableOnly />
  );
}
