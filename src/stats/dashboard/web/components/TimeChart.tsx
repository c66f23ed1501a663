// One weekly line chart (uPlot). The canvas is decoration for sighted users: the same numbers are in the
// table next to it, so the chart is hidden from assistive technology and has a plain-text legend.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

export interface Line {
  label: string;
  color: string;
  /** One value per week; null where the week is hidden or has nothing to divide. */
  values: (number | null)[];
}

interface Props {
  weekLabels: string[];
  lines: Line[];
  /** Formats a y-axis tick, e.g. as a percentage. */
  formatY: (value: number) => string;
  /** The y axis always shows at least 0..yMax (100 for shares) so small changes do not look dramatic. */
  yMax?: number;
}

const HEIGHT = 200;

export function TimeChart({ weekLabels, lines, formatY, yMax }: Props) {
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = holder.current!;
    const style = getComputedStyle(el);
    const ink = style.getPropertyValue('--ink-soft').trim() || '#555';
    const grid = style.getPropertyValue('--line').trim() || '#e5e5e5';
    const axis = {
      stroke: ink,
      grid: { stroke: grid, width: 1 },
      ticks: { show: false },
      font: '12px system-ui',
    };
    const options: uPlot.Options = {
      width: Math.max(el.clientWidth, 200),
      height: HEIGHT,
      legend: { show: false },
      // No crosshair: without a legend it would point at values it cannot show; the table has them.
      cursor: { show: false },
      scales: {
        x: { time: false },
        y: { range: (_u, _min, max) => [0, Math.max(max ?? 0, yMax ?? 1)] },
      },
      axes: [
        {
          ...axis,
          size: 32,
          space: 56,
          incrs: [1, 2, 4, 8, 13, 26],
          values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (weekLabels[i] ?? '') : '')),
        },
        { ...axis, size: 48, values: (_u, splits) => splits.map(formatY) },
      ],
      series: [
        {},
        ...lines.map((line) => ({
          label: line.label,
          stroke: line.color,
          width: 2,
          points: { show: true, size: 5, fill: line.color },
          spanGaps: false,
        })),
      ],
    };
    const data: uPlot.AlignedData = [
      weekLabels.map((_, i) => i),
      ...lines.map((line) => line.values as (number | null | undefined)[]),
    ];
    const chart = new uPlot(options, data, el);
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(el.clientWidth, 200), height: HEIGHT }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [weekLabels, lines, formatY, yMax]);

  return (
    <div class="chart">
      <div class="chart-canvas" ref={holder} aria-hidden="true" />
      <ul class="legend" aria-hidden="true">
        {lines.map((line) => (
          <li key={line.label}>
            <span class="swatch" style={{ background: line.color }} />
            {line.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
