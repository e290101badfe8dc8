import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { OpenBatch } from '../../shared/wire-schema.ts';
import type { SaveOutcome } from './server-store.ts';

/** A draft running on one kiosk in test mode (issue 14, point 5). */
export interface KioskTest {
  kioskId: number;
  surveyId: string;
  version: string;
  /** ISO time the admin started it (a staff action, like the audit trail's; never a citizen's). */
  since: string;
  startedBy: string;
}

/** A stored test answer: the fields of an answer set, nothing more (no time, no kiosk). */
export interface TestAnswerSet {
  surveyVersion: string;
  office: string;
  day: string;
  answers: Record<string, unknown>;
}

/**
 * Test runs and their answers, kept apart from the real ones: test answers live in their own
 * table, which no results query reads, so nothing can count them by accident.
 */
export interface TestRunStore {
  /** Replaces the kiosk's test, if it had one; keeps the definition under its version for good. */
  startKioskTest(test: KioskTest, definition: SurveyDefinition): Promise<void>;
  /** The test that ended, or undefined when the kiosk ran none. */
  endKioskTest(kioskId: number): Promise<KioskTest | undefined>;
  findKioskTest(kioskId: number): Promise<KioskTest | undefined>;
  listKioskTests(surveyId: string): Promise<KioskTest[]>;
  /** A definition that was ever tested, by version (test sets may arrive after the test ended). */
  findTestSurvey(surveyId: string, version: string): Promise<SurveyDefinition | undefined>;
  /** Idempotent like saveBatch (same `batches` claim), but into test_answer_sets, with no tally. */
  saveTestBatch(batch: OpenBatch): Promise<SaveOutcome>;
  listTestAnswerSets(surveyId: string): Promise<TestAnswerSet[]>;
  /** Deletes every test answer of the survey; returns how many. */
  deleteTestAnswerSets(surveyId: string): Promise<number>;
}

export interface KioskTestRow {
  kiosk_id: number;
  survey_id: string;
  survey_version: string;
  since: string;
  started_by: string;
}

export const KIOSK_TEST_COLUMNS = 'kiosk_id, survey_id, survey_version, since, started_by';

export const toKioskTest = (r: KioskTestRow): KioskTest => ({
  kioskId: Number(r.kiosk_id),
  surveyId: r.survey_id,
  version: r.survey_version,
  since: r.since,
  startedBy: r.started_by,
});

export interface TestAnswerRow {
  survey_version: string;
  office: string;
  day: string;
  answers: string;
}

export const toTestAnswerSet = (r: TestAnswerRow): TestAnswerSet => ({
  surveyVersion: r.survey_version,
  office: r.office,
  day: r.day,
  answers: JSON.parse(r.answers) as Record<string, unknown>,
});
