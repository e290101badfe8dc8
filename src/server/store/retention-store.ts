/**
 * The deletion schedule of waves (Löschkonzept, issue 13), composed into ServerStore. Raw answer
 * sets are deleted `keepSetsMonths` after a wave's last day, free texts `keepTextsMonths` after it;
 * answer_counts stay, so the results page keeps its figures. The job that decides what is due is
 * src/server/retention/run-retention.ts; the store only carries a decision out, all or nothing.
 */
export interface WaveSchedule {
  waveId: number;
  surveyId: string;
  name: string;
  from: string;
  to: string;
  sealed: boolean;
  /** A sealed wave whose urn was opened (its envelopes became answer sets). */
  opened: boolean;
  keepSetsMonths: number;
  keepTextsMonths: number;
  /** The day the raw answer sets (or a sealed wave's unopened envelopes) were deleted, or null. */
  setsDeletedOn: string | null;
  /** The day the free texts were deleted, or null. */
  textsDeletedOn: string | null;
}

/** What is due for one wave, on `today`; `dryRun` runs the same transaction and rolls it back. */
export interface DeletionWork {
  waveId: number;
  texts: boolean;
  sets: boolean;
  today: string;
  dryRun: boolean;
}

/** What a deletion removed, and whether it was the first for the wave (then it sets the day). */
export interface DeletionOutcome {
  /** Free texts removed from answer_counts (each text as often as it was given). */
  texts: number;
  sets: number;
  /** Unopened envelopes of a sealed wave, destroyed with its urn. */
  envelopes: number;
  /** True when this run set the wave's texts_deleted_on / sets_deleted_on. */
  firstTexts: boolean;
  firstSets: boolean;
}

export interface RetentionStore {
  listWaveSchedules(): Promise<WaveSchedule[]>;
  /** Sets a wave's periods (months after its last day). False when there is no such wave. */
  setWaveSchedule(
    waveId: number,
    keepSetsMonths: number,
    keepTextsMonths: number,
  ): Promise<boolean>;
  /**
   * Carries out `work` in one transaction: the counter catches up first, and only counted answer
   * sets are changed, so answer_counts keeps every figure (a set stored meanwhile waits for the
   * next run). Free texts: their answer_counts rows become '' rows (the count of "gave a remark"
   * stays, the words go), and inside kept answer sets each text becomes ''. Sets: the wave's answer
   * sets are deleted, and a sealed wave's unopened envelopes. Undefined when another process is
   * working on the same wave right now (PostgreSQL): it does the work, this one does nothing.
   */
  deleteDue(work: DeletionWork): Promise<DeletionOutcome | undefined>;
  /**
   * Deletes the test answers (test_answer_sets) of days before `before`, in one statement, and
   * says how many per survey; a dry run only counts them. Two processes deleting at once delete
   * each set once: the second finds none.
   */
  deleteTestAnswersBefore(before: string, dryRun: boolean): Promise<TestAnswersDeleted[]>;
}

/** How many test answers of one survey a deletion removed. */
export interface TestAnswersDeleted {
  surveyId: string;
  count: number;
}

/** Test answers (one row per deleted set, its survey) as counts per survey, by survey id. */
export function perSurvey(rows: readonly { survey_id: string }[]): TestAnswersDeleted[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.survey_id, (counts.get(r.survey_id) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([surveyId, count]) => ({ surveyId, count }));
}

/** Bounds of a deletion period in months (the CLI checks them; the job trusts the database). */
export const KEEP_MONTHS_MIN = 1;
export const KEEP_MONTHS_MAX = 120;
