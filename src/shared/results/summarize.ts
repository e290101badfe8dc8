import type { Question, SurveyDefinition } from '../survey-schema.ts';
import { valueLabels } from './labels.ts';
import type { CrossTab, QuestionResult } from './results-model.ts';
import { MIN_GROUP_SIZE } from './results-model.ts';
import { meanInterval, wilsonInterval } from './stats.ts';

/**
 * One row of the store's counts: in breakdown group `group`, n answer sets gave `value` to
 * `question`. The row with question '' and value '' counts the answer sets themselves.
 */
export interface CountRow {
  group: string;
  question: string;
  value: string;
  n: number;
}

/** A group is shown only with at least MIN_GROUP_SIZE answer sets. */
export function isSmallGroup(n: number): boolean {
  return n < MIN_GROUP_SIZE;
}

/** 1–4 answer sets: a difference or a group that size singles people out; none reveals nothing. */
export function isRevealing(n: number): boolean {
  return n > 0 && isSmallGroup(n);
}

/** Sums counts over groups: question → value → n. */
export function totalsByQuestion(counts: readonly CountRow[]): Map<string, Map<string, number>> {
  const totals = new Map<string, Map<string, number>>();
  for (const c of counts) {
    const values = totals.get(c.question) ?? new Map<string, number>();
    values.set(c.value, (values.get(c.value) ?? 0) + c.n);
    totals.set(c.question, values);
  }
  return totals;
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

function scaleCounts(values: ReadonlyMap<string, number> | undefined): Map<number, number> {
  const counts = new Map<number, number>();
  for (const [value, n] of values ?? []) {
    const v = Number(value);
    if (Number.isInteger(v) && v >= 1 && v <= 5) counts.set(v, n);
  }
  return counts;
}

/** Per question: counts, shares, mean and top-two with 95 % intervals, n and shown-to. */
export function summarizeQuestion(
  q: Question,
  totals: ReadonlyMap<string, ReadonlyMap<string, number>>,
  sets: number,
): QuestionResult {
  const values = totals.get(q.id);
  const options = valueLabels(q).map(({ value, label }) => ({
    value,
    label,
    count: values?.get(value) ?? 0,
    share: 0,
  }));
  // Multi choice: one answer set can count for several options, so n is not the sum.
  const n =
    q.type === 'multi' || q.type === 'text'
      ? answeredCount(q, values)
      : sum(options.map((o) => o.count));
  for (const o of options) o.share = n > 0 ? o.count / n : 0;
  const result: QuestionResult = {
    id: q.id,
    type: q.type,
    title: q.title.de,
    required: q.required,
    conditional: q.showIf !== undefined,
    n,
    shownTo: shownTo(q, totals, sets),
    options,
  };
  if (q.type === 'scale') {
    const counts = scaleCounts(values);
    const { n: _n, ...mean } = meanInterval(counts);
    result.mean = mean;
    result.topTwo = wilsonInterval((counts.get(5) ?? 0) + (counts.get(4) ?? 0), n);
  } else if (q.type === 'yesno') {
    result.topTwo = wilsonInterval(values?.get('yes') ?? 0, n);
  }
  return result;
}

// Multi: the value '' counts the answer sets that chose anything; text: every text counts once.
function answeredCount(q: Question, values: ReadonlyMap<string, number> | undefined): number {
  if (!values) return 0;
  return q.type === 'multi' ? (values.get('') ?? 0) : sum(values.values());
}

/** Those shown the question: everyone, or those whose answer met its condition. */
function shownTo(
  q: Question,
  totals: ReadonlyMap<string, ReadonlyMap<string, number>>,
  sets: number,
) {
  if (!q.showIf) return sets;
  const given = totals.get(q.showIf.question);
  return sum(q.showIf.anyOf.map((v) => given?.get(v) ?? 0));
}

/**
 * Which groups of a breakdown to hide, given their sizes. Every group under
 * MIN_GROUP_SIZE (primary suppression); then, because the page shows the total,
 * while the hidden groups together hold 1–4 answer sets (one hidden group with 3
 * = total − the others) the smallest shown group is hidden too (secondary
 * suppression), until what is hidden together is 0 or at least MIN_GROUP_SIZE.
 */
export function suppressedGroups(
  sizes: readonly number[],
  alsoHidden: readonly boolean[] = [],
): boolean[] {
  const hide = sizes.map((n, i) => isSmallGroup(n) || alsoHidden[i] === true);
  const hiddenSum = () => sizes.reduce((sum, n, i) => sum + (hide[i] ? n : 0), 0);
  while (isRevealing(hiddenSum())) {
    let next = -1;
    sizes.forEach((n, i) => {
      if (!hide[i] && n > 0 && (next < 0 || n < (sizes[next] ?? 0))) next = i;
    });
    if (next < 0) break;
    hide[next] = true;
  }
  return hide;
}

/** Mean of each scale question per answer to the breakdown question; small groups hidden. */
export function crossTabulate(
  survey: SurveyDefinition,
  breakdownId: string,
  counts: readonly CountRow[],
  /** Rows hidden for reasons beyond this table (the server's check across offices). */
  alsoHidden: ReadonlySet<string> = new Set(),
): CrossTab | null {
  const breakdown = survey.questions.find((q) => q.id === breakdownId);
  if (breakdown?.type !== 'single') return null;
  const scales = survey.questions.filter((q) => q.type === 'scale');
  const byGroup = new Map<string, CountRow[]>();
  for (const c of counts) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c]);
  const sizes = breakdown.options.map(
    (option) =>
      totalsByQuestion(byGroup.get(option.id) ?? [])
        .get('')
        ?.get('') ?? 0,
  );
  const hide = suppressedGroups(
    sizes,
    breakdown.options.map((o) => alsoHidden.has(o.id)),
  );
  const rows = breakdown.options.map((option, i) => {
    const totals = totalsByQuestion(byGroup.get(option.id) ?? []);
    const hidden = hide[i] === true;
    const means: Record<string, number | null> = {};
    for (const q of scales) {
      const m = meanInterval(scaleCounts(totals.get(q.id)));
      means[q.id] = hidden || isSmallGroup(m.n) ? null : m.value;
    }
    return { value: option.id, label: option.label.de, n: hidden ? null : (sizes[i] ?? 0), means };
  });
  return {
    question: { id: breakdown.id, title: breakdown.title.de },
    columns: scales.map((q) => ({ id: q.id, title: q.title.de })),
    rows,
  };
}
