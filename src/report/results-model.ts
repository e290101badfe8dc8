import type { QuestionType } from '../shared/survey-schema.ts';
import type { Estimate } from './stats.ts';

/**
 * The results API's answer (GET /api/v1/results/summary), computed on the
 * server so small-cell suppression happens before anything leaves it. Texts
 * are German, ready to show.
 */

/** Groups smaller than this are never shown in a breakdown ("weniger als 5"). */
export const MIN_GROUP_SIZE = 5;

export interface WaveInfo {
  id: number;
  surveyId: string;
  name: string;
  from: string;
  to: string;
}

export interface OptionResult {
  value: string;
  label: string;
  count: number;
  /** count / answered (for multi: share of those who answered the question). */
  share: number;
}

export interface QuestionResult {
  id: string;
  type: QuestionType;
  title: string;
  required: boolean;
  /** Asked only when an earlier answer fits (showIf). */
  conditional: boolean;
  /** How many answered it. */
  n: number;
  /** How many were shown it (all, or those meeting its condition). */
  shownTo: number;
  options: OptionResult[];
  /** Scale only: 1–5, 5 = sehr zufrieden. */
  mean?: Estimate;
  /** Scale: share of 4 and 5; yes/partly/no: share of "ja". Wilson interval. */
  topTwo?: Estimate;
}

export interface CrossTabRow {
  value: string;
  label: string;
  /** null: fewer than MIN_GROUP_SIZE answer sets, hidden. */
  n: number | null;
  /** Mean per scale question id; null when hidden. */
  means: Record<string, number | null>;
}

export interface CrossTab {
  question: { id: string; title: string };
  columns: { id: string; title: string }[];
  rows: CrossTabRow[];
}

export interface TextList {
  questionId: string;
  title: string;
  items: { text: string; count: number }[];
  /** Distinct texts not listed because of the page limit. */
  more: boolean;
}

export interface WaveComparison {
  wave: WaveInfo;
  /** null: fewer than MIN_GROUP_SIZE answer sets, hidden. */
  n: number | null;
  /** Per scale question: mean and share of top two; null when hidden. */
  questions: Record<string, { mean: number; topTwo: number } | null>;
}

export interface ResultsSummary {
  survey: { id: string; title: string };
  wave: WaveInfo;
  office: string | null;
  group: string | null;
  includeFlagged: boolean;
  /** Answer sets counted. */
  n: number;
  /** True when n < MIN_GROUP_SIZE: nothing but n's category is shown. */
  suppressed: boolean;
  /** Flagged answer sets in the selection (left out unless includeFlagged). */
  flagged: number;
  perDay: { day: string; n: number }[];
  questions: QuestionResult[];
  crossTab: CrossTab | null;
  texts: TextList[];
  comparison: WaveComparison[];
}

/** What the page needs for its filters (GET /api/v1/results/options). */
export interface ResultsOptions {
  surveys: { id: string; title: string }[];
  waves: WaveInfo[];
  offices: string[];
  groups: { value: string; label: string }[];
}
