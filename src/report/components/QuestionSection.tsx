import { bestLevel, hasOwnScaleLabels, topTwoWords } from '../../shared/results/labels.ts';
import { MIN_GROUP_SIZE, type QuestionResult } from '../../shared/results/results-model.ts';
import { HorizontalBars } from '../charts/HorizontalBars.tsx';
import { StackedBar } from '../charts/StackedBar.tsx';
import { formatCount, formatInterval, formatMean, formatPercent } from '../format.ts';

/**
 * Why a question shows nothing (disclosure engine, question-release.ts): it says both reasons,
 * since naming the one that applies would tell whether 1–4 answered here.
 */
export const HIDDEN_QUESTION =
  `Weniger als ${MIN_GROUP_SIZE} Antworten, oder so wenige weniger als in einer umfassenderen ` +
  'Ansicht, dass sich ihre Antworten herausrechnen ließen: Zum Schutz der Anonymität werden für ' +
  'diese Frage keine Ergebnisse gezeigt.';

/** One question: chart, counts and shares, mean and top-two with 95 % intervals, n. */
export function QuestionSection({ q, index }: { q: QuestionResult; index: number }) {
  if (q.type === 'text') return null;
  if (q.hidden) {
    return (
      <section class="question" data-question={q.id}>
        <h3>
          {index}. {q.title}
        </h3>
        <p class="meta">
          n nicht ausgewiesen
          {q.conditional && ' · nur gefragt, wenn zutreffend'}
        </p>
        <p class="suppressed-question">{HIDDEN_QUESTION}</p>
      </section>
    );
  }
  return (
    <section class="question" data-question={q.id}>
      <h3>
        {index}. {q.title}
      </h3>
      <p class="meta">
        n = {formatCount(q.n)}
        {q.type === 'multi' && ' · Mehrfachnennungen möglich (Anteile je Befragter)'}
        {q.conditional && ' · nur gefragt, wenn zutreffend'}
      </p>
      {q.n === 0 ? (
        <p>Keine Antworten.</p>
      ) : q.type === 'scale' ? (
        <StackedBar options={q.options} title={q.title} />
      ) : (
        <HorizontalBars options={q.options} title={q.title} />
      )}
      {q.n > 0 && <KeyFigures q={q} />}
      {/* Choice bars carry count and share in their labels; the scale's parts only the share. */}
      {q.n > 0 && q.type === 'scale' && <ScaleCounts q={q} />}
    </section>
  );
}

function KeyFigures({ q }: { q: QuestionResult }) {
  return (
    <p class="key-figures">
      {q.mean && (
        <span>
          Mittelwert <strong>{formatMean(q.mean.value)}</strong> (95 %-KI{' '}
          {formatInterval(q.mean.low, q.mean.high, false)}; 5 = {bestLevel(q)})
        </span>
      )}
      {q.topTwo && (
        <span>
          {q.type !== 'scale'
            ? 'Anteil „ja“'
            : hasOwnScaleLabels(q)
              ? `Anteil ${topTwoWords(q)}`
              : 'Zufrieden oder sehr zufrieden'}{' '}
          <strong>{formatPercent(q.topTwo.value)}</strong> (95 %-KI{' '}
          {formatInterval(q.topTwo.low, q.topTwo.high, true)})
        </span>
      )}
    </p>
  );
}

function ScaleCounts({ q }: { q: QuestionResult }) {
  return (
    <table class="counts">
      <thead>
        <tr>
          <th scope="col">Antwort</th>
          {q.options.map((o) => (
            <th scope="col" key={o.value}>
              {o.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Anzahl</th>
          {q.options.map((o) => (
            <td key={o.value}>{formatCount(o.count)}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">Anteil</th>
          {q.options.map((o) => (
            <td key={o.value}>{formatPercent(o.share)}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
