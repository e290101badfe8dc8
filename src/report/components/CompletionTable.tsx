import { FEWER_THAN_MIN } from '../../shared/results/labels.ts';
import { MIN_GROUP_SIZE, type QuestionResult } from '../../shared/results/results-model.ts';
import { formatCount, formatPercent } from '../format.ts';

/** How many of those shown an optional question answered it (the completion rate). */
export function CompletionTable({ questions }: { questions: QuestionResult[] }) {
  const rows = questions.filter((q) => !q.required || q.n < q.shownTo);
  if (rows.length === 0) return <p>Alle Fragen wurden von allen beantwortet.</p>;
  return (
    <table class="completion">
      <thead>
        <tr>
          <th scope="col">Frage</th>
          <th scope="col">gestellt</th>
          <th scope="col">beantwortet</th>
          <th scope="col">Quote</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((q) => (
          <tr key={q.id}>
            <th scope="row">{q.title}</th>
            <td>{q.shownTo < MIN_GROUP_SIZE ? FEWER_THAN_MIN : formatCount(q.shownTo)}</td>
            <td>{q.hidden ? FEWER_THAN_MIN : formatCount(q.n)}</td>
            <td>{q.shownTo > 0 && !q.hidden ? formatPercent(q.n / q.shownTo) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
