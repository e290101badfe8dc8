import type { Period } from '../../shared/results/results-model.ts';
import { daysBetween, formatAnswers, formatDay } from '../format.ts';

const WIDTH = 600;
const HEIGHT = 120;
const AXIS = 18;

const label = (p: Period) =>
  p.from === p.to ? formatDay(p.from) : `${formatDay(p.from)} bis ${formatDay(p.to)}`;

/**
 * Answers per day over the wave: one column per day, days without answers as gaps. A period of
 * several days (merged by the server because some office or reason had 1–4 answers on a day)
 * spans its days, as high as its answers per day on average, and says its total in its title.
 */
export function DayChart({ from, to, perDay }: { from: string; to: string; perDay: Period[] }) {
  const days = daysBetween(from, to);
  const index = new Map(days.map((d, i) => [d, i]));
  const width = (p: Period) => daysBetween(p.from, p.to).length;
  const perDayMean = (p: Period) => p.n / Math.max(width(p), 1);
  const max = Math.max(1, ...perDay.map(perDayMean));
  const step = WIDTH / Math.max(days.length, 1);
  const plot = HEIGHT - AXIS - 14;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Antworten pro Tag">
      <text
        x="0"
        y="10"
        class="legend"
      >{`höchstens ${formatAnswers(Math.round(max))} pro Tag`}</text>
      {perDay.map((p) => {
        const h = (perDayMean(p) / max) * plot;
        return (
          <rect
            key={p.from}
            x={(index.get(p.from) ?? 0) * step + 1}
            y={14 + plot - h}
            width={Math.max(width(p) * step - 2, 1)}
            height={h}
            fill="#1d4f91"
          >
            <title>{`${label(p)}: ${formatAnswers(p.n)}`}</title>
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
