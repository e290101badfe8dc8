import { hasOwnScaleLabels, SCALE_LABELS, topTwoWords } from '../../shared/results/labels.ts';
import type { QuestionResult } from '../../shared/results/results-model.ts';

const level = (q: QuestionResult, value: string) =>
  q.options.find((o) => o.value === value)?.label ?? SCALE_LABELS[value];

/**
 * Under the overview chart and table, whose legend and headings name the standard words: each
 * question marked * there asked with its own words for the five levels, and what its right-hand
 * side (its share "zufrieden") counts. Nothing when every question used the standard words.
 */
export function OwnScaleNote({ questions }: { questions: QuestionResult[] }) {
  const own = questions.filter(hasOwnScaleLabels);
  if (own.length === 0) return null;
  return (
    <p class="meta own-scale-note">
      {own.map((q) => (
        <span key={q.id}>
          * „{q.title}“ hatte eigene Stufen: von „{level(q, '1')}“ bis „{level(q, '5')}“; als
          zufrieden zählen dort {topTwoWords(q)}.{' '}
        </span>
      ))}
    </p>
  );
}
