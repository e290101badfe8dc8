import type { QuestionResult } from '../../shared/results/results-model.ts';
import { formatCount, formatInterval, formatMean, formatPercent } from '../format.ts';

/** Page one of the report: every scale question's mean and share satisfied, side by side. */
export function AtAGlance({ questions }: { questions: QuestionResult[] }) {
  const scales = questions.filter((q) => q.type === 'scale' && q.mean && q.topTwo && q.n > 0);
  return (
    <table class="glance">
      <thead>
        <tr>
          <th scope="col">Frage</th>
          <th scope="col">n</th>
          <th scope="col">Mittelwert (1–5)</th>
          <th scope="col">zufrieden oder sehr zufrieden</th>
        </tr>
      </thead>
      <tbody>
        {scales.map((q) => (
          <tr key={q.id}>
            <th scope="row">{q.title}</th>
            <td>{formatCount(q.n)}</td>
            <td>
              <strong>{formatMean(q.mean?.value ?? 0)}</strong>{' '}
              <span class="meta">
                ({formatInterval(q.mean?.low ?? 0, q.mean?.high ?? 0, false)})
              </span>
            </td>
            <td>
              <strong>{formatPercent(q.topTwo?.value ?? 0)}</strong>{' '}
              <span class="meta">
                ({formatInterval(q.topTwo?.low ?? 0, q.topTwo?.high ?? 0, true)})
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
