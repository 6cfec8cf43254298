import { formatMonthShort } from "../shared/dates.ts";

export type Series = { label: string; color: string; values: (number | null)[] };

type Props = { id: string; title: string; description: string; months: string[]; series: Series[] };

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 12, right: 8, bottom: 28, left: 40 };

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value / 4)! * power;
  return Math.ceil(value / step) * step;
}

/**
 * A grouped bar chart drawn in SVG. It is an image with a title and a description; the
 * figures themselves are in the table that follows the charts.
 */
export function BarChart({ id, title, description, months, series }: Props) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, months.length);
  const barW = Math.max(2, (slot * 0.7) / series.length);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, max / 4, max / 2, (3 * max) / 4, max];

  return (
    <figure className="zero-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="#dddddd" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#3a3a3a">
              {Number.isInteger(t) ? t : t.toFixed(1)}
            </text>
          </g>
        ))}
        {months.map((month, i) => (
          <g key={month}>
            {series.map((s, k) => {
              const v = s.values[i];
              if (v === null || v === undefined) return null;
              const x = PAD.left + i * slot + slot * 0.15 + k * barW;
              return <rect key={s.label} x={x} y={y(v)} width={barW} height={Math.max(0, y(0) - y(v))} fill={s.color} />;
            })}
            <text x={PAD.left + i * slot + slot / 2} y={HEIGHT - 10} textAnchor="middle" fontSize="11" fill="#3a3a3a">
              {formatMonthShort(month)}
            </text>
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <figcaption aria-hidden="true" className="zero-legend">
          {series.map((s) => (
            <span key={s.label}>
              <span className="zero-legend-dot" style={{ background: s.color }} /> {s.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
