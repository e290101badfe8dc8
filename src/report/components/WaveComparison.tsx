import { formatCount, formatMean, formatPercent } from '../format.ts';
import {
  MIN_GROUP_SIZE,
  type QuestionResult,
  type WaveComparison as Row,
} from '../results-model.ts';

const hidden = `< ${MIN_GROUP_SIZE}`;

const signed = (x: number, text: string) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${text}`;

/**
 * Each scale question across the waves (mean and share satisfied), and the change from the
 * second-to-last to the last wave: mean in points, share in percentage points.
 */
export function WaveComparison({ rows, questions }: { rows: Row[]; questions: QuestionResult[] }) {
  const scales = questions.filter((q) => q.type === 'scale');
  if (rows.length < 2) {
    return <p>Ein Vergleich ist möglich, sobald es mehr als eine Welle gibt.</p>;
  }
  const last = rows[rows.length - 1];
  const before = rows[rows.length - 2];
  return (
    <div class="table-scroll">
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
                  (n = {r.n === null ? `weniger als ${MIN_GROUP_SIZE}` : formatCount(r.n)})
                </span>
              </th>
            ))}
            <th scope="colgroup" colSpan={2}>
              Veränderung
            </th>
          </tr>
          <tr>
            {rows.map((r) => [
              <th scope="col" key={`${r.wave.id}m`}>
                Ø
              </th>,
              <th scope="col" key={`${r.wave.id}t`}>
                zufrieden
              </th>,
            ])}
            <th scope="col">Ø</th>
            <th scope="col">zufrieden</th>
          </tr>
        </thead>
        <tbody>
          {scales.map((q) => {
            const now = last?.questions[q.id];
            const then = before?.questions[q.id];
            return (
              <tr key={q.id}>
                <th scope="row">{q.title}</th>
                {rows.map((r) => {
                  const cell = r.questions[q.id];
                  return [
                    <td key={`${r.wave.id}m`}>{cell ? formatMean(cell.mean) : hidden}</td>,
                    <td key={`${r.wave.id}t`}>{cell ? formatPercent(cell.topTwo) : hidden}</td>,
                  ];
                })}
                <td>
                  {now && then
                    ? signed(now.mean - then.mean, formatMean(Math.abs(now.mean - then.mean)))
                    : '–'}
                </td>
                <td>
                  {now && then
                    ? signed(
                        now.topTwo - then.topTwo,
                        `${Math.round(Math.abs(now.topTwo - then.topTwo) * 100)} Pp.`,
                      )
                    : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="meta">
        Ø: Mittelwert von 1 bis 5 (5 = sehr zufrieden); zufrieden: Anteil „zufrieden“ oder „sehr
        zufrieden“; Pp.: Prozentpunkte; „{hidden}“: weniger als {MIN_GROUP_SIZE} Antworten.
      </p>
    </div>
  );
}
