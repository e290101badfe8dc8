import type { OptionResult } from '../../shared/results/results-model.ts';
import { formatCount, formatPercent } from '../format.ts';

const WIDTH = 600;
// Room for the longest option label of the default survey ("An- oder Ummeldung der Wohnung").
const LABEL = 250;
const ROW = 26;

/** One labelled bar per option (choices, yes/partly/no): the label says it all, no colour code. */
export function HorizontalBars({ options, title }: { options: OptionResult[]; title: string }) {
  const max = Math.max(...options.map((o) => o.share), 0.0001);
  const room = WIDTH - LABEL - 95;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${options.length * ROW + 4}`}
      role="img"
      aria-label={`${title}: ${options.map((o) => `${o.label} ${formatPercent(o.share)}`).join(', ')}`}
    >
      {options.map((o, i) => {
        const w = (o.share / max) * room;
        const y = i * ROW + 2;
        return (
          <g key={o.value}>
            <text x={LABEL - 8} y={y + 16} text-anchor="end" class="legend">
              {o.label}
            </text>
            <rect x={LABEL} y={y} width={Math.max(w, 1)} height={ROW - 8} fill="#1d4f91" />
            <text x={LABEL + w + 6} y={y + 15} class="legend">
              {`${formatPercent(o.share)} (${formatCount(o.count)})`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
