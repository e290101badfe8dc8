import { FEWER_THAN_MIN } from '../../shared/results/labels.ts';
import { type CrossTab, MIN_GROUP_SIZE } from '../../shared/results/results-model.ts';
import { formatCount, formatMean } from '../format.ts';

/**
 * Mean satisfaction per reason for the visit: one column per reason, one row per
 * scale question (the titles are long, the reasons short: this fits A4 portrait).
 * Reasons with fewer than 5 answer sets show no figures.
 */
export function CrossTabTable({ tab }: { tab: CrossTab }) {
  return (
    <div class="table-scroll">
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
          <tr>
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
                return <td key={r.value}>{m === null || m === undefined ? '–' : formatMean(m)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="meta">
        Mittelwerte (1 bis 5, 5 = sehr zufrieden) je Anliegen („{tab.question.title}“); „–“: weniger
        als {MIN_GROUP_SIZE} Antworten, nicht ausgewiesen; ist nur eine Gruppe so klein, wird die
        nächstkleinere ebenfalls nicht ausgewiesen, damit sie sich nicht aus der Summe errechnen
        lässt.
        {tab.withoutFlagged && ' Diese Tabelle zählt die auffälligen Antworten nicht mit.'}
      </p>
    </div>
  );
}
