import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { claimBatchId } from './pg-batch-claim.ts';
import type { Pg } from './pg-connection.ts';
import { toAnswerSetRows } from './pg-save-batch.ts';
import type { SaveOutcome } from './server-store.ts';
import {
  KIOSK_TEST_COLUMNS,
  type KioskTestRow,
  type TestAnswerRow,
  type TestRunStore,
  toKioskTest,
  toTestAnswerSet,
} from './test-run-store.ts';

/** sqlite-test-run-store.ts on PostgreSQL. */
export function createPgTestRunStore(sql: Pg): TestRunStore {
  const columns = sql.unsafe(KIOSK_TEST_COLUMNS);
  return {
    async startKioskTest(t, definition: SurveyDefinition) {
      await sql.begin(async (tx) => {
        await tx`INSERT INTO test_surveys (survey_id, survey_version, definition)
          VALUES (${t.surveyId}, ${t.version}, ${JSON.stringify(definition)}) ON CONFLICT DO NOTHING`;
        await tx`INSERT INTO kiosk_tests (kiosk_id, survey_id, survey_version, since, started_by)
          VALUES (${t.kioskId}, ${t.surveyId}, ${t.version}, ${t.since}, ${t.startedBy})
          ON CONFLICT (kiosk_id) DO UPDATE SET survey_id = excluded.survey_id,
            survey_version = excluded.survey_version, since = excluded.since,
            started_by = excluded.started_by`;
      });
    },
    async endKioskTest(kioskId) {
      const [row] = await sql<KioskTestRow[]>`
        DELETE FROM kiosk_tests WHERE kiosk_id = ${kioskId} RETURNING ${columns}`;
      return row && toKioskTest(row);
    },
    async findKioskTest(kioskId) {
      const [row] = await sql<KioskTestRow[]>`
        SELECT ${columns} FROM kiosk_tests WHERE kiosk_id = ${kioskId}`;
      return row && toKioskTest(row);
    },
    async listKioskTests(surveyId) {
      const rows = await sql<KioskTestRow[]>`
        SELECT ${columns} FROM kiosk_tests WHERE survey_id = ${surveyId} ORDER BY kiosk_id`;
      return rows.map(toKioskTest);
    },
    async findTestSurvey(surveyId, version) {
      const [row] = await sql<{ definition: string }[]>`SELECT definition FROM test_surveys
        WHERE survey_id = ${surveyId} AND survey_version = ${version}`;
      return row ? (JSON.parse(row.definition) as SurveyDefinition) : undefined;
    },
    saveTestBatch: (batch) =>
      sql.begin(async (tx): Promise<SaveOutcome> => {
        // The same claim as a real batch: a re-sent test batch is stored once.
        const claim = await claimBatchId(tx, batch);
        if (claim.kind !== 'claimed') return claim;
        // Random keys within the day, as answer_sets: the table keeps no order of arrival either.
        await tx`INSERT INTO test_answer_sets ${tx(toAnswerSetRows(batch.answerSets))}`;
        return { kind: 'stored', accepted: batch.answerSets.length };
      }),
    async listTestAnswerSets(surveyId) {
      const rows = await sql<TestAnswerRow[]>`SELECT survey_version, office, day, answers
        FROM test_answer_sets WHERE survey_id = ${surveyId} ORDER BY id`;
      return rows.map(toTestAnswerSet);
    },
    async deleteTestAnswerSets(surveyId) {
      return (await sql`DELETE FROM test_answer_sets WHERE survey_id = ${surveyId}`).count;
    },
  };
}
