import type { OptionResult } from '../../shared/results/results-model.ts';
import { formatCount, formatPercent } from '../format.ts';

/**
 * One labelled bar per option (choices, yes/partly/no): the label says it all, no colour code.
 * HTML rows (label, bar, share and count), so the text keeps the page's size and the bars the
 * page's width; the longest bar is the full width of its track.
 */
export function HorizontalBars({ options, title }: { options: OptionResult[]; title: string }) {
  const max = Math.max(...options.map((o) => o.share), 0.0001);
  return (
    <div
      class="chart hbars"
      role="img"
      aria-label={`${title}: ${options.map((o) => `${o.label} ${formatPercent(o.share)}`).join(', ')}`}
    >
      {options.map((o) => (
        <div class="hbars__row" key={o.value}>
          <span class="hbars__label">{o.label}</span>
          <span class="hbars__track">
            <span class="hbars__bar" style={{ width: `${(o.share / max) * 100}%` }} />
          </span>
          <span class="hbars__value">
            {formatPercent(o.share)} <span class="hbars__count">({formatCount(o.count)})</span>
          </span>
        </div>
      ))}
    </div>
  );
}
