import { FEWER_THAN_MIN } from '../../shared/results/labels.ts';
import {
  type Comparison,
  MIN_GROUP_SIZE,
  type QuestionResult,
} from '../../shared/results/results-model.ts';
import { formatCount, formatMean, formatPercent } from '../format.ts';
import {
  CONFIRMED_SAME,
  type ComparedCell,
  isComparable,
  NOT_COMPARABLE,
  ONE_WAVE_ONLY,
  testChange,
} from '../wave-change.ts';

const hidden = `< ${MIN_GROUP_SIZE}`;
/** After a figure asked with another meaning than in the selected wave. */
const OTHER_MARK = '*';

const signed = (x: number, text: string) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${text}`;

/**
 * The change of a mean in points ("+0,3"), of a share in percentage points ("−12 Pp."), and
 * whether the share's change is statistically significant (wave-change.ts): "ja", "nein", or "–"
 * when a figure is missing.
 */
export function changeTexts(
  now: ComparedCell,
  then: ComparedCell,
): { mean: string; share: string; significant: string } {
  if (!now || !then) return { mean: '–', share: '–', significant: '–' };
  const dMean =
    now.mean !== undefined && then.mean !== undefined
      ? signed(now.mean - then.mean, formatMean(Math.abs(now.mean - then.mean)))
      : '–';
  const points = Math.round((now.topTwo - then.topTwo) * 100);
  const test = testChange(now, then);
  return {
    mean: dMean,
    share: signed(points, `${Math.abs(points)} Pp.`),
    significant: test ? (test.significant ? 'ja' : 'nein') : '–',
  };
}

/**
 * Each scale question (mean, share satisfied) and yes/partly/no question (share "ja")
 * across the waves by date, and the change from the wave before the selected one to it.
 */
export function WaveComparison({
  comparison,
  questions,
  withoutShut = false,
}: {
  comparison: Comparison;
  questions: QuestionResult[];
  /**
   * Leave out sealed waves not opened yet (the printed report): their columns would hold only
   * dashes; a sentence names them instead.
   */
  withoutShut?: boolean;
}) {
  const shut = withoutShut ? comparison.rows.filter((r) => r.shut) : [];
  const rows = comparison.rows.filter((r) => !shut.includes(r));
  const compared = questions.filter((q) => q.type === 'scale' || q.type === 'yesno');
  if (rows.length < 2) {
    return <p>Ein Vergleich ist möglich, sobald es mehr als eine Welle gibt.</p>;
  }
  const now = rows.find((r) => r.wave.id === comparison.selected);
  const before = rows.find((r) => r.wave.id === comparison.previous);
  const marked = Object.values(comparison.changedQuestions ?? {}).includes('changed');
  // A question changed between the two waves gets no test: it would test the new wording.
  const tests = compared
    .filter((q) => isComparable(comparison, q.id))
    .map((q) => testChange(now?.questions[q.id], before?.questions[q.id]));
  // The sentence the review asked for: a '+5 Pp.' is read as a trend unless the page says otherwise.
  const noneSignificant =
    tests.some((t) => t !== undefined) && tests.every((t) => t === undefined || !t.significant);
  return (
    <div class="table-scroll">
      {noneSignificant && (
        <p class="no-significant-change">
          Keine der Veränderungen gegenüber {before?.wave.name} ist statistisch gesichert.
        </p>
      )}
      <table class="comparison">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Frage
            </th>
            {rows.map((r) => (
              <th scope="colgroup" colSpan={2} key={r.wave.id}>
                {r.wave.name}{' '}
                <span class="meta">
                  {r.shut
                    ? '(Urne verschlossen)'
                    : `(n = ${r.n === null ? FEWER_THAN_MIN : formatCount(r.n)})`}
                </span>
              </th>
            ))}
            <th scope="colgroup" colSpan={3}>
              Veränderung
              {now && before && (
                <span class="meta">
                  {' '}
                  ({before.wave.name} → {now.wave.name})
                </span>
              )}
            </th>
          </tr>
          <tr>
            {rows.map((r) => [
              <th scope="col" key={`${r.wave.id}m`}>
                Ø
              </th>,
              <th scope="col" key={`${r.wave.id}t`}>
                Anteil
              </th>,
            ])}
            <th scope="col">Ø</th>
            <th scope="col">Anteil</th>
            <th scope="col">gesichert?</th>
          </tr>
        </thead>
        <tbody>
          {compared.map((q) => {
            const change = changeTexts(now?.questions[q.id], before?.questions[q.id]);
            const mark = comparison.changedQuestions?.[q.id];
            const oneWaveOnly = [now, before].some((r) => r?.notAsked?.includes(q.id));
            const why =
              mark === 'changed' ? NOT_COMPARABLE : oneWaveOnly ? ONE_WAVE_ONLY : undefined;
            return (
              <tr key={q.id} class={why ? 'not-comparable' : undefined}>
                <th scope="row">
                  {q.title}
                  <span class="meta"> ({q.type === 'scale' ? 'zufrieden' : 'ja'})</span>
                  {mark === 'confirmed' && <span class="comparison-note">{CONFIRMED_SAME}</span>}
                </th>
                {rows.map((r) => {
                  const cell = r.questions[q.id];
                  const mean = cell?.mean;
                  const none = r.shut ? '–' : r.notAsked?.includes(q.id) ? 'nicht gefragt' : hidden;
                  // Asked with another meaning than in the selected wave: the figure stands, marked.
                  const other = cell && r.otherWording?.includes(q.id) ? OTHER_MARK : '';
                  return [
                    <td key={`${r.wave.id}m`}>
                      {cell ? (mean === undefined ? '' : formatMean(mean) + other) : none}
                    </td>,
                    <td key={`${r.wave.id}t`}>
                      {cell ? formatPercent(cell.topTwo) + other : none}
                    </td>,
                  ];
                })}
                {why === undefined ? (
                  [
                    <td key="m" class="change-mean">
                      {change.mean}
                    </td>,
                    <td key="s" class="change-share">
                      {change.share}
                    </td>,
                    <td key="t" class="change-significant">
                      {change.significant}
                    </td>,
                  ]
                ) : (
                  <td colSpan={3} class="change-none">
                    {why}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.some((r) => r.otherWording?.length) && (
        <p class="meta">
          {OTHER_MARK} In dieser Welle anders gefragt als in {now?.wave.name ?? 'der gewählten'}{' '}
          (Wortlaut, Antworten oder Bedingung geändert): nicht vergleichbar.
        </p>
      )}
      {comparison.onlyPrevious && comparison.onlyPrevious.length > 0 && (
        <p class="meta">
          Nur in {before?.wave.name ?? 'der Welle davor'} gefragt, daher nicht verglichen:{' '}
          {comparison.onlyPrevious.map((q) => `„${q.title}“`).join(', ')}.
        </p>
      )}
      {shut.length > 0 && (
        <p class="meta">
          Noch versiegelt und daher nicht verglichen: {shut.map((r) => r.wave.name).join(', ')}.
        </p>
      )}
      <p class="meta">
        Veränderung: gewählte Welle gegenüber der Welle davor. Ø: Mittelwert von 1 bis 5 (5 = sehr
        zufrieden); Anteil: „zufrieden“ oder „sehr zufrieden“ bzw. „ja“; Pp.: Prozentpunkte;
        gesichert: Die Veränderung des Anteils ist statistisch signifikant (Test für zwei Anteile,
        zweiseitig, Irrtumswahrscheinlichkeit 5 %), also kaum durch Zufall zu erklären; „nein“: Sie
        kann Zufall sein. „{hidden}“: weniger als {MIN_GROUP_SIZE} Antworten oder nicht ausweisbar.
        {/* Explained only where it shows: the committee's report keeps to its pages. */}
        {marked &&
          ` „${NOT_COMPARABLE}“: Wortlaut, Antworten oder Bedingung der Frage haben sich zwischen den beiden Wellen geändert; eine Veränderung würde den neuen Wortlaut messen. Geänderte Übersetzungen oder Hinweise allein ändern die Frage nicht.`}
      </p>
    </div>
  );
}
