import { daysBetween, formatCount, formatDay } from '../format.ts';

const WIDTH = 600;
const HEIGHT = 120;
const AXIS = 18;

/** Answer sets per day over the wave: one column per day, days without answers as gaps. */
export function DayChart({
  from,
  to,
  perDay,
}: {
  from: string;
  to: string;
  perDay: { day: string; n: number }[];
}) {
  const days = daysBetween(from, to);
  const byDay = new Map(perDay.map((d) => [d.day, d.n]));
  const max = Math.max(1, ...perDay.map((d) => d.n));
  const step = WIDTH / Math.max(days.length, 1);
  const plot = HEIGHT - AXIS - 14;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Antworten pro Tag">
      <text x="0" y="10" class="legend">{`höchstens ${formatCount(max)} pro Tag`}</text>
      {days.map((day, i) => {
        const n = byDay.get(day) ?? 0;
        const h = (n / max) * plot;
        return (
          <rect
            key={day}
            x={i * step + 1}
            y={14 + plot - h}
            width={Math.max(step - 2, 1)}
            height={h}
            fill="#1d4f91"
          >
            <title>{`${formatDay(day)}: ${formatCount(n)}`}</title>
          </rect>
        );
      })}
      <line x1="0" x2={WIDTH} y1={14 + plot} y2={14 + plot} stroke="#000" />
      <text x="0" y={HEIGHT - 2} class="legend">
        {formatDay(from)}
      </text>
      <text x={WIDTH} y={HEIGHT - 2} text-anchor="end" class="legend">
        {formatDay(to)}
      </text>
    </svg>
  );
}
