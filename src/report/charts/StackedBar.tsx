import type { OptionResult } from '../../shared/results/results-model.ts';
import { formatPercent } from '../format.ts';
import { SCALE_FILLS } from './Patterns.tsx';

/** Below this share a part is too narrow for its percent label (the counts table has it). */
const LABELLED = 0.07;

/**
 * A 100 % bar for the five-point scale, each part patterned (for a black-and-white print) and
 * labelled with its share. The bar is HTML as wide as the page; only the pattern fills are SVG.
 * Labels and legend are HTML text on a solid background, so their contrast is measurable (axe
 * cannot measure text drawn inside an SVG) and they keep the page's font size at any width.
 */
export function StackedBar({ options, title }: { options: OptionResult[]; title: string }) {
  return (
    <div
      class="chart stacked"
      role="img"
      aria-label={`${title}: ${options.map((o) => `${o.label} ${formatPercent(o.share)}`).join(', ')}`}
    >
      <div class="stacked__bar">
        {options.map((o) =>
          o.share > 0 ? (
            <span class="stacked__part" key={o.value} style={{ width: `${o.share * 100}%` }}>
              <Fill level={o.value} />
              {o.share >= LABELLED && <span class="stacked__label">{formatPercent(o.share)}</span>}
            </span>
          ) : null,
        )}
      </div>
      <ul class="chart-legend">
        {options.map((o) => (
          <li key={o.value}>
            <Fill level={o.value} swatch />
            {o.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The level's pattern (Patterns.tsx) as a box filling its parent, or as a legend swatch. */
function Fill({ level, swatch = false }: { level: string; swatch?: boolean }) {
  return (
    <svg class={swatch ? 'swatch' : 'stacked__fill'} aria-hidden="true" focusable="false">
      <rect width="100%" height="100%" fill={SCALE_FILLS[level]?.fill ?? '#999'} />
    </svg>
  );
}
