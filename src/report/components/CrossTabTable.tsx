import { FEWER_THAN_MIN } from '../../shared/results/labels.ts';
import { type CrossTab, MIN_GROUP_SIZE } from '../../shared/results/results-model.ts';
import { formatCount, formatMean } from '../format.ts';

/**
 * The cell colours, from the lowest mean to the highest: light tints (black text keeps a
 * contrast above 7:1 on each), red-brown for low and blue for high as in the scale charts. The
 * number is always in the cell, so the colour only helps the eye and is never needed.
 */
const HEAT = [
  { below: 3, class: 'heat-1', label: 'unter 3,00' },
  { below: 3.5, class: 'heat-2', label: '3,00 bis 3,49' },
  { below: 4, class: 'heat-3', label: '3,50 bis 3,99' },
  { below: 4.5, class: 'heat-4', label: '4,00 bis 4,49' },
  { below: Number.POSITIVE_INFINITY, class: 'heat-5', label: 'ab 4,50' },
];

const heatOf = (mean: number) => HEAT.find((h) => mean < h.below)?.class;

/**
 * Mean satisfaction per reason for the visit: one column per reason, one row per
 * scale question (the titles are long, the reasons short: this fits A4 portrait).
 * Reasons with fewer than 5 answer sets show no figures. On a narrow screen the table
 * scrolls sideways inside its own box (reachable by keyboard), the question column stays put.
 */
export function CrossTabTable({ tab }: { tab: CrossTab }) {
  return (
    <>
      <section
        class="table-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must take the focus, or the keyboard cannot scroll it (WCAG 2.1.1).
        tabIndex={0}
        aria-label="Tabelle Zufriedenheit nach Anliegen"
      >
        <table class="crosstab">
          <thead>
            <tr>
              <th scope="col">Frage</th>
              {tab.rows.map((r) => (
                <th scope="col" key={r.value}>
                  {r.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr class="crosstab__n">
              <th scope="row">Anzahl Antworten (n)</th>
              {tab.rows.map((r) => (
                <td key={r.value}>{r.n === null ? FEWER_THAN_MIN : formatCount(r.n)}</td>
              ))}
            </tr>
            {tab.columns.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.title}</th>
                {tab.rows.map((r) => {
                  const m = r.means[c.id];
                  return m === null || m === undefined ? (
                    <td key={r.value} class="heat-none">
                      –
                    </td>
                  ) : (
                    <td key={r.value} class={heatOf(m)}>
                      {formatMean(m)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="heat-legend meta">
        <span>Farbe nach Mittelwert:</span>
        {HEAT.map((h) => (
          <span key={h.class} class={`heat-key ${h.class}`}>
            {h.label}
          </span>
        ))}
      </p>
      <p class="meta">
        Mittelwerte (1 bis 5, 5 = sehr zufrieden) je Anliegen („{tab.question.title}“); „–“: weniger
        als {MIN_GROUP_SIZE} Antworten, nicht ausgewiesen; ist nur eine Gruppe so klein, wird die
        nächstkleinere ebenfalls nicht ausgewiesen, damit sie sich nicht aus der Summe errechnen
        lässt.
        {tab.withoutFlagged && ' Diese Tabelle zählt die auffälligen Antworten nicht mit.'}
      </p>
    </>
  );
}
