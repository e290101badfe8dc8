import type { OptionResult } from '../../shared/results/results-model.ts';
import { formatPercent } from '../format.ts';
import { SCALE_FILLS } from './Patterns.tsx';

const WIDTH = 600;
const BAR = 34;

/** A 100 % bar for the five-point scale, each part patterned and labelled with its share. */
export function StackedBar({ options, title }: { options: OptionResult[]; title: string }) {
  let x = 0;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${BAR + 34}`}
      role="img"
      aria-label={`${title}: ${options.map((o) => `${o.label} ${formatPercent(o.share)}`).join(', ')}`}
    >
      {options.map((o) => {
        const w = o.share * WIDTH;
        const style = SCALE_FILLS[o.value] ?? { fill: '#999', text: '#000' };
        const part = (
          <g key={o.value}>
            <rect
              x={x}
              y={0}
              width={w}
              height={BAR}
              fill={style.fill}
              stroke="#000"
              stroke-width="0.5"
            />
            {w >= 34 && (
              <text
                x={x + w / 2}
                y={BAR / 2 + 5}
                text-anchor="middle"
                class="bar-label"
                fill={style.text}
                paint-order="stroke"
                stroke={style.text === '#fff' ? '#000' : '#fff'}
                stroke-width="3"
              >
                {formatPercent(o.share)}
              </text>
            )}
          </g>
        );
        x += w;
        return part;
      })}
      <g transform={`translate(0, ${BAR + 8})`}>
        {legendPositions(options).map(({ o, x: at }) => (
          <g key={o.value} transform={`translate(${at}, 0)`}>
            <rect
              width="14"
              height="14"
              fill={SCALE_FILLS[o.value]?.fill}
              stroke="#000"
              stroke-width="0.5"
            />
            <text x="19" y="12" class="legend">
              {o.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

// Legend entries side by side, each as wide as its label (about 7 px per character at 13 px).
function legendPositions(options: OptionResult[]): { o: OptionResult; x: number }[] {
  let x = 0;
  return options.map((o) => {
    const at = x;
    x += 19 + o.label.length * 7 + 18;
    return { o, x: at };
  });
}
