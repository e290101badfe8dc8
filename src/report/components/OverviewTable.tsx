import { FEWER_THAN_MIN, hasOwnScaleLabels, SCALE_LABELS } from '../../shared/results/labels.ts';
import type { QuestionResult } from '../../shared/results/results-model.ts';
import { overviewOrder } from '../charts/OverviewChart.tsx';
import { formatCount, formatInterval, formatMean, formatPercent } from '../format.ts';

const LEVELS = ['5', '4', '3', '2', '1'];

const shareOf = (q: QuestionResult, value: string) => {
  const o = q.options.find((x) => x.value === value);
  return o ? formatPercent(o.share) : '–';
};

/**
 * The figures behind the overview chart, one row per rating question: the share of each answer,
 * the share satisfied and the mean with their 95 % intervals. It replaces a page per question:
 * one table the committee can read across, and the chart's full text alternative.
 */
export function OverviewTable({ questions }: { questions: QuestionResult[] }) {
  // In the chart's order, so a row is found at the same place in both.
  const rows = overviewOrder(questions);
  return (
    <table class="overview-table">
      <thead>
        <tr>
          <th scope="col">Frage</th>
          <th scope="col">n</th>
          {LEVELS.map((l) => (
            <th scope="col" key={l}>
              {SCALE_LABELS[l]}
            </th>
          ))}
          <th scope="col">zufrieden gesamt (95 %-KI)</th>
          <th scope="col">Ø (95 %-KI)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((q) => (
          <tr key={q.id}>
            <th scope="row">{hasOwnScaleLabels(q) ? `${q.title} *` : q.title}</th>
            {q.hidden || q.n === 0 ? (
              <td colSpan={8}>{FEWER_THAN_MIN} Antworten – nicht ausgewiesen</td>
            ) : q.type === 'yesno' ? (
              <>
                <td>{formatCount(q.n)}</td>
                <td colSpan={5}>
                  ja {shareOf(q, 'yes')} · teilweise {shareOf(q, 'partly')} · nein{' '}
                  {shareOf(q, 'no')}
                </td>
                <td>{q.topTwo && <Estimate e={q.topTwo} percent prefix="ja " />}</td>
                <td>–</td>
              </>
            ) : (
              <>
                <td>{formatCount(q.n)}</td>
                {LEVELS.map((l) => (
                  <td key={l}>{shareOf(q, l)}</td>
                ))}
                <td>{q.topTwo && <Estimate e={q.topTwo} percent />}</td>
                <td>{q.mean && <Estimate e={q.mean} percent={false} />}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Estimate({
  e,
  percent,
  prefix = '',
}: {
  e: { value: number; low: number; high: number };
  percent: boolean;
  prefix?: string;
}) {
  return (
    <>
      <strong>
        {prefix}
        {percent ? formatPercent(e.value) : formatMean(e.value)}
      </strong>
      <span class="interval"> ({formatInterval(e.low, e.high, percent)})</span>
    </>
  );
}
