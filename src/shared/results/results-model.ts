import type { QuestionType } from '../survey-schema.ts';
import type { Estimate } from './stats.ts';

/**
 * The results API's answer (GET /api/v1/results/summary), computed on the
 * server so small-cell suppression happens before anything leaves it. Texts
 * are German, ready to show.
 */

/** Groups smaller than this are never shown in a breakdown ("weniger als 5"). */
export const MIN_GROUP_SIZE = 5;

/** The office filter value (and export label) of the offices shown only together. */
export const MERGED_OFFICE = 'andere Standorte';
/** The reason filter value of the reasons shown only together (no survey option id has a *). */
export const MERGED_GROUP = '*andere*';
/** Its label on the page and in the export. */
export const MERGED_GROUP_LABEL = 'andere Anliegen';

/** A count as released: the number, or "<5" for 1–4 (the number itself would single people out). */
export type ShownCount = number | '<5';

/**
 * A stretch of the wave in the answers-per-day chart: one day (from = to), or a week or more
 * where some day held 1–4 answers of some office or reason (see periods.ts on the server).
 */
export interface Period {
  from: string;
  to: string;
  n: number;
}

/** A survey period: answers belong to it by their day (both ends inclusive, YYYY-MM-DD). */
export interface Wave {
  id: number;
  surveyId: string;
  name: string;
  from: string;
  to: string;
  /**
   * Sealed: the kiosks encrypt its answers to the wave's key and nobody reads them before the
   * opening after its last day. Open: live results (the demo wave, or an office's choice).
   */
  sealed: boolean;
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
  /** How many answered it (0 when hidden). */
  n: number;
  /** Answered by 1–4 sets, or 1–4 fewer than a coarser view (question-release.ts): no figures (n 0, no options). */
  hidden?: true;
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
  /** Counted without flagged sets although the page includes them (see summary.ts). */
  withoutFlagged?: boolean;
}

export interface TextList {
  questionId: string;
  title: string;
  items: { text: string; count: number }[];
  /** Distinct texts not listed because of the page limit. */
  more: boolean;
  /** The question shows no figures (QuestionResult.hidden), so its texts are not listed either. */
  hidden?: true;
}

/** One wave in the comparison, filtered and suppressed like the page. */
export interface ComparisonRow {
  wave: Wave;
  /** null: fewer than MIN_GROUP_SIZE answer sets, hidden, or the wave's urn is still shut. */
  n: number | null;
  /** A sealed wave not opened yet: nothing of it can be compared. */
  shut?: true;
  /**
   * Per scale question: mean and share of top two; per yes/partly/no question:
   * share of "ja" (no mean); n: how many answered it (the same n as that wave's own page), which
   * the test of a change between waves needs. null when hidden.
   */
  questions: Record<string, { mean?: number; topTwo: number; n: number } | null>;
  /** Compared questions this wave's questionnaire did not ask (their figures are null). */
  notAsked?: string[];
  /**
   * Compared questions this wave asked with another meaning than the selected wave (wording,
   * options or condition changed, never confirmed the same): its figures stand, marked.
   */
  otherWording?: string[];
}

/**
 * How a question's definition differs between the questionnaires of the previous and the
 * selected wave (issue 14, point 6): 'changed' (wording, options, type or condition, never
 * confirmed as the same question): not comparable, so no change and no test; 'confirmed': the
 * admin confirmed at publishing that it is still the same question, so it is compared.
 */
export type QuestionChangeMark = 'changed' | 'confirmed';

/** All waves of the survey by date; the change column compares `selected` with `previous`. */
export interface Comparison {
  rows: ComparisonRow[];
  selected: number;
  /** The wave before the selected one by date, or null for the first wave. */
  previous: number | null;
  /** Per question id, when its definition differs between `previous` and `selected`. */
  changedQuestions?: Record<string, QuestionChangeMark>;
  /** Compared questions the previous wave asked and the selected one no longer does. */
  onlyPrevious?: { id: string; title: string }[];
}

/**
 * One question of one office in the office comparison, as that office's own page shows it: how
 * many answered it, the mean (scale only) and the share satisfied (scale: 4 and 5; yes/partly/no:
 * "ja"). `hidden`: the page hides the question (QuestionResult.hidden), so n is 0 and no figures.
 */
export interface OfficeFigures {
  n: number;
  mean?: number;
  topTwo?: number;
  hidden?: true;
}

/** One office's column: nothing but what its own summary (same wave, reason and flag) shows. */
export interface OfficeColumn {
  /** The office's name, or MERGED_OFFICE (only for an account that sees every office). */
  office: string;
  /** Answer sets counted; null when the office's page shows nothing (suppressedBy). */
  n: number | null;
  suppressedBy: null | 'small' | 'complement';
  /** As ResultsSummary.flaggedWithheld: counted without flagged sets although asked to include. */
  flaggedWithheld: boolean;
  /** Per compared question id; empty when suppressed. */
  questions: Record<string, OfficeFigures>;
}

/**
 * The offices side by side (GET /api/v1/results/offices): one column per office the account sees,
 * each computed exactly as that office's summary, so the comparison releases nothing the single
 * pages do not.
 */
export interface OfficeComparison {
  wave: Wave;
  group: string | null;
  includeFlagged: boolean;
  /** The scale and yes/partly/no questions, in the survey's order: the table's rows. */
  questions: { id: string; title: string; type: 'scale' | 'yesno' }[];
  offices: OfficeColumn[];
  /** A sealed wave not opened yet: no columns. */
  shut?: true;
}

/** How many answers a sealed wave's urn holds, per office, over the wave's whole period. */
export interface UrnCount {
  total: number;
  offices: { office: string; n: number }[];
}

export interface ResultsSummary {
  survey: { id: string; title: string };
  wave: Wave;
  office: string | null;
  group: string | null;
  includeFlagged: boolean;
  /** Answer sets counted; absent when suppressed (the number would give the hidden group away). */
  n?: number;
  /** True when nothing may be shown: see suppressedBy. */
  suppressed: boolean;
  /**
   * 'small': n < MIN_GROUP_SIZE; 'complement': the rest of the wave beside this
   * selection (other offices / other reasons) is 1–4 answer sets, which the
   * difference to the unfiltered page would give away.
   */
  suppressedBy: null | 'small' | 'complement';
  /**
   * Answer sets of the wave left out of every figure, rounded up ("<5", "<10"): offices or reasons
   * so small that even merged they would hold 1–4. Absent when none.
   */
  withheld?: string;
  /** Flagged answer sets in the selection (left out unless includeFlagged); 0 when suppressed. */
  flagged: ShownCount;
  /**
   * Answer sets with only the overall answer (one tap on the welcome's faces): "<5" for 1–4;
   * absent when the survey has no overall question or the figure would reveal a small group.
   */
  onlyOverall?: ShownCount;
  /**
   * Including flagged sets was asked for, but there are only 1–4: the numbers are
   * those without them (includeFlagged is false), or the difference would show them.
   */
  flaggedWithheld: boolean;
  /** Answer sets per day or merged period, always without flagged sets. */
  perDay: Period[];
  questions: QuestionResult[];
  crossTab: CrossTab | null;
  texts: TextList[];
  comparison: Comparison;
  /**
   * Present for a sealed wave whose urn has not been opened: the only thing shown of it. Then
   * `suppressed` is true and every figure, text and comparison is empty.
   */
  urn?: UrnCount;
  /** What of the wave no longer exists (the deletion schedule); absent while nothing was deleted. */
  deleted?: WaveDeletion;
}

/**
 * The deletion schedule's traces on a wave (Löschkonzept): on which day its free texts and its
 * raw answer sets were deleted, and the period that made them due (months after the wave's last
 * day). The counts behind every figure stay; texts and the export do not.
 */
export interface WaveDeletion {
  texts?: { on: string; months: number };
  /** `urnDestroyed`: a sealed wave whose urn was never opened; its envelopes were destroyed. */
  sets?: { on: string; months: number; urnDestroyed: boolean };
}

/** What the page needs for its filters (GET /api/v1/results/options). */
export interface ResultsOptions {
  surveys: { id: string; title: string }[];
  waves: Wave[];
  offices: string[];
  /**
   * Whether "alle Standorte" (no office) may be chosen: only for an account that sees every
   * office, since the total minus its own offices would be the others' figures.
   */
  allOffices: boolean;
  groups: { value: string; label: string }[];
}

/** Who is logged in to the results page (GET SESSION_PATH), so the page offers only what they may. */
export interface SessionInfo {
  name: string;
  role: 'admin' | 'evaluator' | 'viewer';
  /** The offices whose results the account sees; empty for an admin, who sees every office. */
  offices: string[];
  /** Whether the raw answer sets may be exported (not for a viewer). */
  mayExport: boolean;
}
