import {
  bottomTwoWords,
  FEWER_THAN_MIN,
  hasOwnScaleLabels,
  SCALE_LABELS,
  topTwoWords,
} from '../../shared/results/labels.ts';
import type { QuestionResult } from '../../shared/results/results-model.ts';
import { OVERALL_QUESTION } from '../findings.ts';
import { formatPercent } from '../format.ts';
import { SCALE_FILLS } from './Patterns.tsx';

/**
 * Every rating question on one chart, for the report's first page: a diverging bar per question,
 * "teils/teils" centred on one line, the dissatisfied to its left and the satisfied to its right,
 * so the eye compares all questions at once. The five levels are the shared patterns, which stay
 * apart in a black-and-white print; the sums at both ends are written out. The table that
 * follows the chart holds every figure (the text alternative beyond the aria-label).
 * Sizes are SVG attributes, not CSS: the chart must look the same on paper and on screen.
 */
const WIDTH = 720;
const LABEL = 270; // question titles, up to two lines
const END = 44; // the sums left and right of the bars
const BARS_FROM = LABEL + END;
const BARS_TO = WIDTH - END;
const ROW = 38;
const BAR = 20;
const TOP = 22; // the "unzufrieden | zufrieden" head line
const LEGEND = 30;
/** ja / teilweise / nein drawn with the patterns of 5 / 3 / 1, the words written at the ends. */
const YES_NO_LEVEL: Record<string, string> = { yes: '5', partly: '3', no: '1' };

type Side = { left: number; right: number };

const share = (q: QuestionResult, value: string) =>
  q.options.find((o) => o.value === value)?.share ?? 0;

/** Levels of a row from left to right: negative, neutral (centred), positive. */
function levelsOf(q: QuestionResult): { level: string; share: number }[] {
  if (q.type === 'yesno') {
    return ['no', 'partly', 'yes'].map((v) => ({
      level: YES_NO_LEVEL[v] ?? v,
      share: share(q, v),
    }));
  }
  return ['1', '2', '3', '4', '5'].map((v) => ({ level: v, share: share(q, v) }));
}

function extent(q: QuestionResult): Side {
  const [a = 0, b = 0, c = 0, d = 0, e = 0] = levelsOf(q).map((l) => l.share);
  return q.type === 'yesno'
    ? { left: a + b / 2, right: c + b / 2 }
    : { left: a + b + c / 2, right: d + e + c / 2 };
}

/** A title in lines of at most `max` characters, two at most (an ellipsis ends the second). */
export function wrapTitle(title: string, max = 38): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  return [
    lines[0] ?? '',
    `${lines
      .slice(1)
      .join(' ')
      .slice(0, max - 1)}…`,
  ];
}

const satisfied = (q: QuestionResult) => (q.hidden ? -1 : (q.topTwo?.value ?? -1));

/**
 * The rows top to bottom: the overall question first (the headline), then the other ratings from
 * the most to the least satisfied, so best and weakest sit at the ends; yes/no questions last,
 * their scale being another; hidden ones at the very end.
 */
export function overviewOrder(questions: QuestionResult[]): QuestionResult[] {
  const rank = (q: QuestionResult) =>
    q.hidden || q.n === 0 ? 3 : q.id === OVERALL_QUESTION ? 0 : q.type === 'scale' ? 1 : 2;
  return questions
    .filter((q) => q.type === 'scale' || q.type === 'yesno')
    .sort((a, b) => rank(a) - rank(b) || satisfied(b) - satisfied(a));
}

export function OverviewChart({ questions }: { questions: QuestionResult[] }) {
  const rows = overviewOrder(questions);
  const shown = rows.filter((q) => !q.hidden && q.n > 0);
  const sides = shown.map(extent);
  const left = Math.max(0.05, ...sides.map((s) => s.left));
  const right = Math.max(0.05, ...sides.map((s) => s.right));
  const unit = (BARS_TO - BARS_FROM) / (left + right);
  const center = BARS_FROM + left * unit;
  const height = TOP + rows.length * ROW + LEGEND;
  const label = rows
    .map((q) =>
      q.hidden || q.n === 0
        ? `${q.title}: ${FEWER_THAN_MIN} Antworten, nicht ausgewiesen`
        : q.type === 'yesno'
          ? `${q.title}: ${formatPercent(share(q, 'yes'))} ja, ${formatPercent(share(q, 'no'))} nein`
          : `${q.title}: ${formatPercent(share(q, '4') + share(q, '5'))} ${topTwoWords(q)}, ${formatPercent(share(q, '1') + share(q, '2'))} ${bottomTwoWords(q)}`,
    )
    .join('; ');
  return (
    <svg
      class="overview-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`Alle Bewertungsfragen im Überblick. ${label}.`}
      font-size="13"
    >
      <text x={center - 8} y={14} text-anchor="end" font-size="12" fill="#333">
        ← unzufrieden
      </text>
      <text x={center + 8} y={14} font-size="12" fill="#333">
        zufrieden →
      </text>
      {rows.map((q, i) => {
        const y = TOP + i * ROW;
        // A question with its own level words is marked; the note under the chart names them.
        const lines = wrapTitle(hasOwnScaleLabels(q) ? `${q.title} *` : q.title);
        const title = (
          <text x={0} y={y + (lines.length === 1 ? 21 : 13)} font-size="12.5">
            {lines.map((l, k) => (
              <tspan key={l} x={0} dy={k === 0 ? 0 : 15}>
                {l}
              </tspan>
            ))}
          </text>
        );
        if (q.hidden || q.n === 0) {
          return (
            <g key={q.id}>
              {title}
              <text x={BARS_FROM} y={y + 21} font-size="12" fill="#333">
                {FEWER_THAN_MIN} Antworten – nicht ausgewiesen
              </text>
            </g>
          );
        }
        const levels = levelsOf(q);
        let x = center - extent(q).left * unit;
        const yesNo = q.type === 'yesno';
        const [neg, pos] = yesNo
          ? [share(q, 'no'), share(q, 'yes')]
          : [share(q, '1') + share(q, '2'), share(q, '4') + share(q, '5')];
        const start = x;
        const parts = levels.map((l) => {
          const w = l.share * unit;
          const part = (
            <rect
              key={l.level}
              x={x}
              y={y + 6}
              width={w}
              height={BAR}
              fill={SCALE_FILLS[l.level]?.fill ?? '#999'}
              stroke="#000"
              stroke-width="0.5"
            />
          );
          x += w;
          return part;
        });
        return (
          <g key={q.id}>
            {title}
            {parts}
            <text x={start - 5} y={y + 21} text-anchor="end" font-size="12">
              {yesNo ? `nein ${formatPercent(neg)}` : formatPercent(neg)}
            </text>
            <text x={x + 5} y={y + 21} font-size="12" font-weight="bold">
              {yesNo ? `ja ${formatPercent(pos)}` : formatPercent(pos)}
            </text>
          </g>
        );
      })}
      <line
        x1={center}
        x2={center}
        y1={TOP}
        y2={TOP + rows.length * ROW}
        stroke="#000"
        stroke-width="1"
        stroke-dasharray="3 2"
      />
      <g transform={`translate(${WIDTH - END - legendWidth()}, ${TOP + rows.length * ROW + 10})`}>
        {legendPositions().map(({ level, at }) => (
          <g key={level} transform={`translate(${at}, 0)`}>
            <rect
              width="14"
              height="14"
              fill={SCALE_FILLS[level]?.fill}
              stroke="#000"
              stroke-width="0.5"
            />
            <text x="18" y="11.5" font-size="11">
              {SCALE_LABELS[level]}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

// Legend entries from "sehr unzufrieden" to "sehr zufrieden", each as wide as its label (about
// 6.2 px per character at 11 px), so the legend reads in the bars' order.
const LEGEND_LEVELS = ['1', '2', '3', '4', '5'];
const entryWidth = (level: string) => 18 + (SCALE_LABELS[level] ?? '').length * 6.2 + 14;

function legendPositions(): { level: string; at: number }[] {
  let at = 0;
  return LEGEND_LEVELS.map((level) => {
    const entry = { level, at };
    at += entryWidth(level);
    return entry;
  });
}

const legendWidth = () => LEGEND_LEVELS.reduce((sum, l) => sum + entryWidth(l), 0) - 14;
