import type Database from 'better-sqlite3';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { createCountKeeper } from './results-counts.ts';
import { countingQueries, type ExportRow, toExportedSet } from './results-queries.ts';
import { exportDaySql, listOfficesSql, type Sql } from './results-sql.ts';
import type { ResultsStore } from './results-store.ts';
import { toWave, toWaveKey, WAVE_KEY_SQL, type WaveKeyRow, type WaveRow } from './wave-row.ts';

/** The SQLite side of evaluation, on the connection the main store opened and migrated. */
export function createSqliteResultsStore(db: Database.Database): ResultsStore {
  const counts = createCountKeeper(db);
  const all = <T>(sql: Sql) => db.prepare(sql.text).all(...sql.params) as T[];
  // Counting queries first bring answer_counts up to date with answer_sets.
  const counted = async <T>(sql: Sql) => {
    await counts.catchUp();
    return all<T>(sql);
  };
  const waveColumns = 'id, survey_id, name, from_day, to_day, sealed';

  return {
    ...countingQueries(counted, 'sqlite'),
    async listOffices(surveyId) {
      await counts.catchUp();
      return all<{ office: string }>(listOfficesSql(surveyId)).map((r) => r.office);
    },
    async exportDay(filter, day) {
      return all<ExportRow>(exportDaySql(filter, day)).map(toExportedSet);
    },
    async recountAnswers() {
      return counts.recount();
    },
    async listLatestSurveys() {
      // rowid order is insertion order: the last definition stored for an id is the newest.
      const rows = db
        .prepare(
          `SELECT definition FROM surveys s WHERE rowid = (
             SELECT MAX(rowid) FROM surveys t WHERE t.survey_id = s.survey_id)
           ORDER BY survey_id`,
        )
        .all() as { definition: string }[];
      return rows.map((r) => JSON.parse(r.definition) as SurveyDefinition);
    },
    async addWave(w) {
      const result = db
        .prepare(
          'INSERT INTO waves (survey_id, name, from_day, to_day, sealed) VALUES (?, ?, ?, ?, ?)',
        )
        .run(w.surveyId, w.name, w.from, w.to, w.sealed ? 1 : 0);
      return { id: Number(result.lastInsertRowid), ...w };
    },
    async listWaves(surveyId) {
      const rows = (
        surveyId === undefined
          ? db.prepare(`SELECT ${waveColumns} FROM waves ORDER BY from_day, id`).all()
          : db
              .prepare(`SELECT ${waveColumns} FROM waves WHERE survey_id = ? ORDER BY from_day, id`)
              .all(surveyId)
      ) as WaveRow[];
      return rows.map(toWave);
    },
    async removeWave(id) {
      // Never a wave with an urn key: the opening checks the shares against it.
      return (
        db.prepare('DELETE FROM waves WHERE id = ? AND public_key IS NULL').run(id).changes > 0
      );
    },
    async setWaveKey(waveId, key) {
      const sql = `UPDATE waves SET public_key = ?, key_fingerprint = ?, key_holders = ?,
                   key_threshold = ? WHERE id = ? AND public_key IS NULL`;
      const { publicKey, fingerprint, holders, threshold } = key;
      const result = db
        .prepare(sql)
        .run(publicKey, fingerprint, JSON.stringify(holders), threshold, waveId);
      return result.changes > 0;
    },
    async getWaveKey(waveId) {
      const row = db.prepare(WAVE_KEY_SQL).get(waveId) as WaveKeyRow | undefined;
      return row && toWaveKey(row);
    },
    async countEnvelopes(waveId) {
      return db
        .prepare(
          'SELECT office, COUNT(*) AS n FROM envelopes WHERE wave_id = ? GROUP BY office ORDER BY office',
        )
        .all(waveId) as { office: string; n: number }[];
    },
  };
}
