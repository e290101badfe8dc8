import {
  MIN_GROUP_SIZE,
  type OfficeColumn,
  type OfficeComparison,
  type OfficeFigures,
} from '../../shared/results/results-model.ts';
import { formatCount, formatMean, formatPercent } from '../format.ts';

/** Why a column shows nothing, in the words of that office's own page. */
const SUPPRESSED = {
  small: `weniger als ${MIN_GROUP_SIZE} Antworten`,
  complement: 'ließe sich aus den anderen Zahlen errechnen',
} as const;

function Cell({ figures, type }: { figures: OfficeFigures | undefined; type: 'scale' | 'yesno' }) {
  if (!figures || figures.hidden || figures.topTwo === undefined) {
    return <td class="offices__none">–</td>;
  }
  return (
    <td>
      {type === 'scale' && figures.mean !== undefined && (
        <span class="offices__mean">{formatMean(figures.mean)}</span>
      )}
      <span class="offices__share">{formatPercent(figures.topTwo)}</span>
    </td>
  );
}

const header = (c: OfficeColumn) => (c.n === null ? 'keine Ergebnisse' : `n = ${formatCount(c.n)}`);

/**
 * The offices side by side: one row per scale or yes/partly/no question, one column per office
 * the account sees, each holding what that office's own page shows (the server computes every
 * column as that page). Scrolls sideways in its own box like the cross-tab, the question column
 * staying put; an office whose page shows nothing is a column of dashes with its reason below.
 */
export function OfficeComparisonTable({
  comparison,
  selected,
}: {
  comparison: OfficeComparison;
  /** The office chosen in the filter, marked so the eye finds it among the others. */
  selected?: string;
}) {
  const { offices, questions } = comparison;
  const suppressed = offices.filter((c) => c.suppressedBy !== null);
  const hidden = questions.some((q) =>
    offices.some((c) => c.n !== null && c.questions[q.id]?.hidden),
  );
  const withoutFlagged = offices.filter((c) => c.flaggedWithheld);
  const mark = (c: OfficeColumn) => (c.office === selected ? 'offices__selected' : undefined);
  return (
    <>
      <section
        class="table-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must take the focus, or the keyboard cannot scroll it (WCAG 2.1.1).
        tabIndex={0}
        aria-label="Tabelle Standorte im Vergleich"
      >
        <table class="offices">
          <thead>
            <tr>
              <th scope="col">Frage</th>
              {offices.map((c) => (
                <th scope="col" key={c.office} class={mark(c)}>
                  {c.office}
                  <span class="meta">
                    {' '}
                    ({header(c)}){c.office === selected && ' · Ihre Auswahl'}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.id}>
                <th scope="row">
                  {q.title}
                  <span class="meta">
                    {q.type === 'scale' ? ' Mittelwert / Anteil zufrieden' : ' Anteil „ja“'}
                  </span>
                </th>
                {offices.map((c) => (
                  <Cell key={c.office} figures={c.questions[q.id]} type={q.type} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="meta">
        Jede Spalte zeigt dieselben Zahlen wie die Seite des Standorts (gleiche Welle, gleiches
        Anliegen): oben den Mittelwert von 1 bis 5 (5 = sehr zufrieden), darunter den Anteil
        „zufrieden“ oder „sehr zufrieden“, bei Ja/Nein-Fragen nur den Anteil „ja“.
        {hidden &&
          ` „–“ bei einer einzelnen Frage: von weniger als ${MIN_GROUP_SIZE} beantwortet oder aus einer anderen Ansicht errechenbar, daher nicht ausgewiesen.`}
      </p>
      {suppressed.length > 0 && (
        <ul class="offices__suppressed meta">
          {suppressed.map((c) => (
            <li key={c.office}>
              {c.office}: keine Ergebnisse ({SUPPRESSED[c.suppressedBy ?? 'small']}), zum Schutz der
              Anonymität.
            </li>
          ))}
        </ul>
      )}
      {withoutFlagged.length > 0 && (
        <p class="meta">
          Ohne die auffälligen Antworten gezählt (zu wenige, um sie einzubeziehen):{' '}
          {withoutFlagged.map((c) => c.office).join(', ')}.
        </p>
      )}
    </>
  );
}
