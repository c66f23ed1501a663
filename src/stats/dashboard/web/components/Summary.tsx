// The range at a glance: four figures, and the note about weeks left out in works-council mode.
import { type DashboardReport, type HiddenReason, MISSING_ELEMENTS } from '../../report/types';
import { formatCount, formatShare } from '../format';
import { useStore } from '../store';

export function Summary({ report }: { report: DashboardReport }) {
  const { t, lang } = useStore();
  const l = lang.value;
  const total = report.total;
  if (total.hidden) {
    return (
      <p class="notice too-few" data-testid="all-hidden">
        {total.reason === 'expired' ? t.value.expiredAll : t.value.tooFewAll(report.minReps)}
      </p>
    );
  }
  const hiddenWeeks = (reason: HiddenReason) =>
    report.weeks.filter((w) => w.cell.hidden && w.cell.reason === reason).length;
  const topMissing = [...MISSING_ELEMENTS].sort((a, b) => total.missing[b] - total.missing[a])[0];
  // [id, label, value, is the value a word rather than a number]
  const figures: [string, string, string, boolean?][] = [
    ['reminders', t.value.kpiReminders, formatCount(l, total.reminders)],
    ['chaser-share', t.value.kpiChaserShare, formatShare(l, total.chasers, total.reminders)],
    [
      'top-missing',
      t.value.kpiTopMissing,
      total.reminders === 0 || total.missing[topMissing] === 0 ? t.value.none : t.value.missing[topMissing],
      true,
    ],
    ['clean-aborts', t.value.kpiCleanAborts, formatCount(l, total.cleanAborts)],
    ['reps', t.value.kpiReps, formatCount(l, total.reps)],
  ];
  return (
    <>
      <dl class="kpis">
        {figures.map(([id, label, value, word]) => (
          <div class={word ? 'kpi kpi-word' : 'kpi'} key={id} data-kpi={id}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {hiddenWeeks('too-few-reps') > 0 && (
        <p class="notice" data-testid="hidden-weeks">
          {t.value.hiddenWeeksNote(hiddenWeeks('too-few-reps'), report.minReps)}
        </p>
      )}
      {hiddenWeeks('expired') > 0 && (
        <p class="notice" data-testid="expired-weeks">
          {t.value.expiredWeeksNote(hiddenWeeks('expired'))}
        </p>
      )}
      {total.reps === 0 && <p class="notice">{t.value.noEventsInRange}</p>}
    </>
  );
}
