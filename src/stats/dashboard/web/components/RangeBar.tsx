// Date range (last 4/12/52 weeks or custom whole weeks) and the CSV export of exactly that range.
import { useState } from 'preact/hooks';
import { csvUrl } from '../api';
import { formatDay } from '../format';
import { useStore } from '../store';

const PRESETS = [4, 12, 52] as const;

export function RangeBar() {
  const { t, lang, range, report, chooseRange } = useStore();
  const current = range.value;
  const shownRange = report.value?.range;
  const [custom, setCustom] = useState(current.kind === 'custom');
  const [from, setFrom] = useState(shownRange?.from ?? '');
  const [to, setTo] = useState(shownRange?.to ?? '');

  const applyCustom = (event: Event) => {
    event.preventDefault();
    if (from && to) chooseRange({ kind: 'custom', from, to });
  };

  return (
    <section class="range-bar" aria-label={t.value.range}>
      <fieldset class="segmented">
        <legend class="sr-only">{t.value.range}</legend>
        {PRESETS.map((weeks) => (
          <button
            type="button"
            key={weeks}
            data-range={weeks}
            aria-pressed={!custom && current.kind === 'last' && current.weeks === weeks}
            onClick={() => {
              setCustom(false);
              chooseRange({ kind: 'last', weeks });
            }}
          >
            {t.value.lastWeeks(weeks)}
          </button>
        ))}
        <button
          type="button"
          data-range="custom"
          aria-pressed={custom}
          onClick={() => {
            setCustom(true);
            setFrom(shownRange?.from ?? '');
            setTo(shownRange?.to ?? '');
          }}
        >
          {t.value.custom}
        </button>
      </fieldset>
      {custom && (
        <form class="custom-range" onSubmit={applyCustom}>
          <label>
            {t.value.from}
            <input
              type="date"
              name="from"
              value={from}
              required
              onInput={(e) => setFrom(e.currentTarget.value)}
            />
          </label>
          <label>
            {t.value.to}
            <input type="date" name="to" value={to} required onInput={(e) => setTo(e.currentTarget.value)} />
          </label>
          <button type="submit">{t.value.apply}</button>
        </form>
      )}
      {shownRange && (
        <p class="range-shown" data-testid="range-shown" aria-live="polite">
          {t.value.rangeShown(formatDay(lang.value, shownRange.from), formatDay(lang.value, shownRange.to))}
        </p>
      )}
      <a class="button export" href={csvUrl(current)} download data-testid="export-csv">
        {t.value.exportCsv}
      </a>
    </section>
  );
}
