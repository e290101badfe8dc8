import { hasOwnScaleLabels, topTwoWords } from '../../shared/results/labels.ts';
import type { QuestionResult } from '../../shared/results/results-model.ts';
import { formatCount, formatInterval, formatMean, formatPercent } from '../format.ts';
import { OwnScaleNote } from './OwnScaleNote.tsx';

/**
 * Page one of the report: the headline figures (overall satisfaction, the best and the weakest
 * rated question) in large type, then every scale question's mean and share satisfied, side by
 * side.
 */
export function AtAGlance({ questions }: { questions: QuestionResult[] }) {
  const scales = questions.filter((q) => q.type === 'scale' && q.mean && q.topTwo && q.n > 0);
  return (
    <>
      <Headline scales={scales} />
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
              <th scope="row">{hasOwnScaleLabels(q) ? `${q.title} *` : q.title}</th>
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
      <OwnScaleNote questions={scales} />
    </>
  );
}

/**
 * The three figures a reader wants first. The overall question is the one with the id
 * "overall" (the default survey's last question), else the last scale question: surveys put
 * their overall judgement at the end.
 */
function Headline({ scales }: { scales: QuestionResult[] }) {
  const overall = scales.find((q) => q.id === 'overall') ?? scales[scales.length - 1];
  if (!overall?.mean || !overall.topTwo) return null;
  const others = scales.filter((q) => q !== overall);
  const byMean = [...others].sort((a, b) => (b.mean?.value ?? 0) - (a.mean?.value ?? 0));
  const best = byMean[0];
  const weakest = byMean.length > 1 ? byMean[byMean.length - 1] : undefined;
  return (
    <ul class="headline">
      <li class="headline__figure headline__figure--main">
        <span class="headline__label">{overall.title}</span>
        <span class="headline__value">{formatPercent(overall.topTwo.value)}</span>
        <span class="headline__note">
          {topTwoWords(overall)} · Mittelwert {formatMean(overall.mean.value)} · n ={' '}
          {formatCount(overall.n)}
        </span>
      </li>
      {best?.mean && (
        <li class="headline__figure">
          <span class="headline__label">Am besten bewertet</span>
          <span class="headline__value">{formatMean(best.mean.value)}</span>
          <span class="headline__note">Mittelwert (1–5) · {best.title}</span>
        </li>
      )}
      {weakest?.mean && (
        <li class="headline__figure">
          <span class="headline__label">Am schwächsten bewertet</span>
          <span class="headline__value">{formatMean(weakest.mean.value)}</span>
          <span class="headline__note">Mittelwert (1–5) · {weakest.title}</span>
        </li>
      )}
    </ul>
  );
}
