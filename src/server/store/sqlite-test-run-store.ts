import type Database from 'better-sqlite3';
import { canonicalJson } from '../../shared/survey/survey-version.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { OpenBatch } from '../../shared/wire-schema.ts';
import { dayKeys } from './day-keys.ts';
import type { SaveOutcome } from './server-store.ts';
import { sqliteBatchIdClaim } from './sqlite-batch-claim.ts';
import {
  KIOSK_TEST_COLUMNS,
  type KioskTestRow,
  type TestAnswerRow,
  type TestRunStore,
  toKioskTest,
  toTestAnswerSet,
} from './test-run-store.ts';

/** Test runs on SQLite (test-run-store.ts). */
export function createSqliteTestRunStore(db: Database.Database): TestRunStore {
  const findTest = db.prepare(`SELECT ${KIOSK_TEST_COLUMNS} FROM kiosk_tests WHERE kiosk_id = ?`);
  const start = db.transaction((t: KioskTestRow, definition: string) => {
    db.prepare(
      `INSERT INTO test_surveys (survey_id, survey_version, definition) VALUES (?, ?, ?)
       ON CONFLICT DO NOTHING`,
    ).run(t.survey_id, t.survey_version, definition);
    db.prepare(
      `INSERT INTO kiosk_tests (${KIOSK_TEST_COLUMNS}) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kiosk_id) DO UPDATE SET survey_id = excluded.survey_id,
         survey_version = excluded.survey_version, since = excluded.since,
         started_by = excluded.started_by`,
    ).run(t.kiosk_id, t.survey_id, t.survey_version, t.since, t.started_by);
  });
  const end = db.transaction((kioskId: number) => {
    const row = findTest.get(kioskId) as KioskTestRow | undefined;
    db.prepare('DELETE FROM kiosk_tests WHERE kiosk_id = ?').run(kioskId);
    return row;
  });
  // The same claim in `batches` as a real batch: a re-sent test batch is stored once.
  const claimBatchId = sqliteBatchIdClaim(db);
  const insert = db.prepare(
    `INSERT INTO test_answer_sets (rowid, survey_id, survey_version, office, day, answers, flagged)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const save = db.transaction((batch: OpenBatch): SaveOutcome => {
    const claim = claimBatchId(batch);
    if (claim.kind !== 'claimed') return claim;
    // Random keys within the day, as answer_sets: the table keeps no order of arrival either.
    const keys = dayKeys(batch.answerSets.map((s) => s.day));
    batch.answerSets.forEach((s, i) => {
      const flagged = s.flagged ? 1 : 0;
      insert.run(
        keys[i],
        s.surveyId,
        s.surveyVersion,
        s.office,
        s.day,
        canonicalJson(s.answers),
        flagged,
      );
    });
    return { kind: 'stored', accepted: batch.answerSets.length };
  });
  return {
    async startKioskTest(t, definition: SurveyDefinition) {
      start.immediate(
        {
          kiosk_id: t.kioskId,
          survey_id: t.surveyId,
          survey_version: t.version,
          since: t.since,
          started_by: t.startedBy,
        },
        JSON.stringify(definition),
      );
    },
    async endKioskTest(kioskId) {
      const row = end.immediate(kioskId);
      return row && toKioskTest(row);
    },
    async findKioskTest(kioskId) {
      const row = findTest.get(kioskId) as KioskTestRow | undefined;
      return row && toKioskTest(row);
    },
    async listKioskTests(surveyId) {
      const rows = db
        .prepare(
          `SELECT ${KIOSK_TEST_COLUMNS} FROM kiosk_tests WHERE survey_id = ? ORDER BY kiosk_id`,
        )
        .all(surveyId) as KioskTestRow[];
      return rows.map(toKioskTest);
    },
    async findTestSurvey(surveyId, version) {
      const row = db
        .prepare('SELECT definition FROM test_surveys WHERE survey_id = ? AND survey_version = ?')
        .get(surveyId, version) as { definition: string } | undefined;
      return row ? (JSON.parse(row.definition) as SurveyDefinition) : undefined;
    },
    saveTestBatch: async (batch) => save.immediate(batch),
    async listTestAnswerSets(surveyId) {
      const rows = db
        .prepare(
          'SELECT survey_version, office, day, answers FROM test_answer_sets WHERE survey_id = ? ORDER BY rowid',
        )
        .all(surveyId) as TestAnswerRow[];
      return rows.map(toTestAnswerSet);
    },
    async deleteTestAnswerSets(surveyId) {
      return db.prepare('DELETE FROM test_answer_sets WHERE survey_id = ?').run(surveyId).changes;
    },
  };
}
