import type { Comparison, ComparisonRow } from '../shared/results/results-model.ts';
import { type ProportionTest, twoProportionTest } from '../shared/results/significance.ts';

/** One question's released figures in one wave of the comparison (null: not shown). */
export type ComparedCell = ComparisonRow['questions'][string] | undefined;

/**
 * The test of a question's share (satisfied, or "ja") from the wave before to the selected one,
 * or undefined when either wave's figure is not released. The counts are share × n of each wave,
 * both released (the share is a count of n, so rounding gives the count back exactly).
 */
export function testChange(now: ComparedCell, then: ComparedCell): ProportionTest | undefined {
  if (!now || !then || now.n <= 0 || then.n <= 0) return undefined;
  const count = (c: { topTwo: number; n: number }) => Math.round(c.topTwo * c.n);
  return twoProportionTest(count(then), then.n, count(now), now.n);
}

/** The caption of a question changed between the two waves and never confirmed as the same. */
export const NOT_COMPARABLE = 'nicht vergleichbar – Frage geändert';
/** The caption of a question one of the two waves did not ask. */
export const ONE_WAVE_ONLY = 'nur in einer der beiden Wellen gefragt';
/** The note of one the admin confirmed as still the same question when publishing. */
export const CONFIRMED_SAME = 'Wortlaut geändert, als vergleichbar bestätigt';

/**
 * Whether the change of a question from the wave before to the selected one may be shown and
 * tested: not when its wording, options, type or condition changed and nobody confirmed it is
 * still the same question (issue 14, point 6): a difference would measure the new wording.
 */
export const isComparable = (comparison: Comparison, questionId: string) =>
  comparison.changedQuestions?.[questionId] !== 'changed';
