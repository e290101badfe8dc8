import type { Wave } from '../../shared/results/results-model.ts';
import type { CountRow } from '../../shared/results/summarize.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { WaveScope } from './results-sql.ts';

/** Which answer sets an evaluation looks at. */
export interface ResultsFilter {
  surveyId: string;
  from: string;
  to: string;
  office?: string;
  /** The answer to the breakdown question (`reason`): only visits for this reason. */
  group?: string;
  /** Flagged (implausibly fast or repeated) answer sets are left out unless this is true. */
  includeFlagged: boolean;
  /**
   * Offices and reasons shown only together: `office` MERGED_OFFICE (`group` MERGED_GROUP) selects
   * them all. From released.ts.
   */
  merged?: { offices: readonly string[]; groups: readonly string[] };
  /** Offices and reasons left out of every count (released.ts). */
  withheld?: {
    offices: readonly string[];
    groups: readonly string[];
    /** Office × reason cells left out: each a list of offices and of reasons. */
    cells: readonly { offices: readonly string[]; groups: readonly string[] }[];
  };
}

/** One stored answer set, as exported: no order within a day, no time, no kiosk. */
export interface ExportedSet {
  office: string;
  day: string;
  flagged: boolean;
  answers: Record<string, unknown>;
}

/** Answer sets of one day, office, reason and flag value (countWaveSets). */
export interface WaveSetRow {
  day: string;
  office: string;
  group: string;
  flagged: number;
  n: number;
}

/** countSelection: a view's answers, and how many gave a free text, per text question. */
export interface SelectionCounts {
  answers: CountRow[];
  given: Map<string, number>;
}

/** A sealed wave's public key and who holds the shares of its private key. */
export interface WaveKey {
  /** The raw public key (65-byte uncompressed P-256 point) in base64url. */
  publicKey: string;
  /** src/shared/sealed/key-fingerprint.ts */
  fingerprint: string;
  /** The holders' labels in the order of their share numbers (1-based). */
  holders: string[];
  /** How many shares open the urn. */
  threshold: number;
}

/**
 * Storage for evaluation, composed into the SQLite store. Aggregation runs in
 * the database (results-sql.ts) over per-day counts, never over every row in
 * JavaScript. The id of the breakdown question is fixed: BREAKDOWN_QUESTION.
 */
export interface ResultsStore {
  /**
   * Counts per (group, question, value), summed over the filter. The row with
   * question '' and value '' counts the answer sets themselves. `questions`
   * limits the questions returned (always including '').
   */
  countAnswers(filter: ResultsFilter, questions: readonly string[]): Promise<CountRow[]>;
  /** Answer sets per day (only days that have any). */
  countPerDay(filter: ResultsFilter): Promise<{ day: string; n: number }[]>;
  /** Answer sets per day and cell (office and reason joined by a newline), for periods.ts. */
  countDayCells(filter: ResultsFilter): Promise<{ day: string; cell: string; n: number }[]>;
  /**
   * Answer sets per office and reason over all days: countDayCells with the days summed away,
   * for the disclosure rules that compare cells and offices, not days.
   */
  countCells(filter: ResultsFilter): Promise<{ office: string; group: string; n: number }[]>;
  /**
   * The whole wave's answer sets per day, office, reason and flag: what countPerDay,
   * countDayCells and countFlagged return for any filter of the wave, in one query
   * (results/wave-sheets.ts).
   */
  countWaveSets(scope: WaveScope): Promise<WaveSetRow[]>;
  /**
   * countAnswers(filter, questions) and countGiven(filter, t) for each t of `texts`, in one query.
   */
  countSelection(
    filter: ResultsFilter,
    questions: readonly string[],
    texts: readonly string[],
  ): Promise<SelectionCounts>;
  /** Flagged answer sets within the filter (flag setting ignored). */
  countFlagged(filter: ResultsFilter): Promise<number>;
  /** Distinct texts for a free-text question with how often each was given, alphabetical. */
  listTexts(
    filter: ResultsFilter,
    question: string,
    limit: number,
  ): Promise<{ text: string; n: number }[]>;
  /** Answer sets that answered a free-text question (all of them, not only those listed). */
  countGiven(filter: ResultsFilter, question: string): Promise<number>;
  /** Offices that have answers for the survey. */
  listOffices(surveyId: string): Promise<string[]>;
  /** Answer sets of one day, ordered by content so the order says nothing about arrival. */
  exportDay(filter: ResultsFilter, day: string): Promise<ExportedSet[]>;
  /** Recomputes answer_counts from answer_sets (after a manual change of answer_sets). */
  recountAnswers(): Promise<number>;

  /** The most recently stored definition of each survey (titles for the page), by survey id. */
  listLatestSurveys(): Promise<SurveyDefinition[]>;

  addWave(wave: Omit<Wave, 'id'>): Promise<Wave>;
  listWaves(surveyId?: string): Promise<Wave[]>;
  /** Returns false when there is no such wave. */
  removeWave(id: number): Promise<boolean>;
  /**
   * Seals a wave with its public key (the key ceremony). Returns false, changing nothing, when
   * there is no such wave or it already has a key: a wave is sealed once.
   */
  setWaveKey(waveId: number, key: WaveKey): Promise<boolean>;
  /** The wave's key, or undefined when the wave is not sealed (or does not exist). */
  getWaveKey(waveId: number): Promise<WaveKey | undefined>;
  /**
   * How many envelopes a sealed wave's urn holds, per office, over the wave's whole period: what a
   * real urn shows from outside. Never per day, so its contents cannot be narrowed down to a day.
   */
  countEnvelopes(waveId: number): Promise<{ office: string; n: number }[]>;
}

/** The question whose answer is the breakdown group (the reason for the visit). */
export const BREAKDOWN_QUESTION = 'reason';
