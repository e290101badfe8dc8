import type { Period } from '../../shared/results/results-model.ts';
import { daysBetween, formatAnswers, formatDay } from '../format.ts';

const HEIGHT = 100;

const label = (p: Period) =>
  p.from === p.to ? formatDay(p.from) : `${formatDay(p.from)} bis ${formatDay(p.to)}`;

/**
 * Answers per day over the wave: one column per day, days without answers as gaps. A period of
 * several days (merged by the server because some office or reason had 1–4 answers on a day)
 * spans its days, as high as its answers per day on average, and says its total in its title.
 * The columns are an SVG stretched to the page's width; scale and dates are HTML text.
 */
export function DayChart({ from, to, perDay }: { from: string; to: string; perDay: Period[] }) {
  const days = daysBetween(from, to);
  const index = new Map(days.map((d, i) => [d, i]));
  const width = (p: Period) => daysBetween(p.from, p.to).length;
  const perDayMean = (p: Period) => p.n / Math.max(width(p), 1);
  const max = Math.max(1, ...perDay.map(perDayMean));
  const most = formatAnswers(Math.round(max));
  return (
    <div
      class="chart daychart"
      role="img"
      aria-label={`Antworten pro Tag vom ${formatDay(from)} bis ${formatDay(to)}, höchstens ${most} pro Tag`}
    >
      <p class="daychart__scale">{`höchstens ${most} pro Tag`}</p>
      <svg
        class="daychart__columns"
        viewBox={`0 0 ${Math.max(days.length, 1)} ${HEIGHT}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {perDay.map((p) => {
          const h = (perDayMean(p) / max) * HEIGHT;
          return (
            <rect
              key={p.from}
              x={index.get(p.from) ?? 0}
              y={HEIGHT - h}
              width={width(p)}
              height={h}
              fill="#1d4f91"
              // A white edge of constant width however far the chart is stretched: neighbouring
              // periods (a merged week beside a day) stay apart.
              stroke="#fff"
              stroke-width="2"
              vector-effect="non-scaling-stroke"
            >
              <title>{`${label(p)}: ${formatAnswers(p.n)}`}</title>
            </rect>
          );
        })}
      </svg>
      <p class="daychart__axis">
        <span>{formatDay(from)}</span>
        <span>{formatDay(to)}</span>
      </p>
    </div>
  );
}
