import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { dollarParams, type Pg } from './pg-connection.ts';
import { createPgCountKeeper } from './results-counts-pg.ts';
import { countingQueries, type ExportRow, toExportedSet } from './results-queries.ts';
import { exportDaySql, listOfficesSql, type Sql } from './results-sql.ts';
import type { ResultsStore } from './results-store.ts';
import { toWave, toWaveKey, WAVE_KEY_SQL, type WaveKeyRow, type WaveRow } from './wave-row.ts';

/** SUM and COUNT come back as BIGINT text; every figure here fits a JS number. */
const withNumber = <T extends { n: unknown }>(rows: readonly T[]) =>
  rows.map((r) => ({ ...r, n: Number(r.n) }));

/** results-sqlite.ts on PostgreSQL: the same queries (results-sql.ts) over the same tables. */
export function createPgResultsStore(sql: Pg): ResultsStore & { catchUp(): Promise<void> } {
  const counts = createPgCountKeeper(sql);
  const all = <T>(q: Sql) => sql.unsafe(dollarParams(q.text), q.params) as unknown as Promise<T[]>;
  const counted = async <T extends { n: unknown }>(q: Sql) => {
    await counts.catchUp();
    return withNumber(await all<T>(q));
  };
  const waveColumns = sql.unsafe('id, survey_id, name, from_day, to_day, sealed');

  return {
    catchUp: counts.catchUp,
    ...countingQueries(counted, 'postgres'),
    async listOffices(surveyId) {
      await counts.catchUp();
      const rows = await all<{ office: string }>(listOfficesSql(surveyId));
      return rows.map((r) => r.office);
    },
    async exportDay(filter, day) {
      return (await all<ExportRow>(exportDaySql(filter, day, 'postgres'))).map(toExportedSet);
    },
    recountAnswers: () => counts.recount(),
    async listLatestSurveys() {
      // `stored` counts up as definitions are added (migrations.ts): the highest is the newest.
      const rows = await sql<{ definition: string }[]>`
        SELECT DISTINCT ON (survey_id) definition FROM surveys
        ORDER BY survey_id, stored DESC`;
      return rows.map((r) => JSON.parse(r.definition) as SurveyDefinition);
    },
    async addWave(w) {
      const [row] = await sql<{ id: number }[]>`
        INSERT INTO waves (survey_id, name, from_day, to_day, sealed)
        VALUES (${w.surveyId}, ${w.name}, ${w.from}, ${w.to}, ${w.sealed ? 1 : 0}) RETURNING id`;
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      return { id: row.id, ...w };
    },
    async listWaves(surveyId) {
      const rows =
        surveyId === undefined
          ? await sql<WaveRow[]>`SELECT ${waveColumns} FROM waves ORDER BY from_day, id`
          : await sql<WaveRow[]>`SELECT ${waveColumns} FROM waves WHERE survey_id = ${surveyId}
              ORDER BY from_day, id`;
      return rows.map(toWave);
    },
    async removeWave(id) {
      // Never a wave with an urn key: the opening checks the shares against it.
      const result = await sql`DELETE FROM waves WHERE id = ${id} AND public_key IS NULL`;
      return result.count > 0;
    },
    async setWaveKey(waveId, key) {
      const { publicKey, fingerprint, holders, threshold } = key;
      const result = await sql`UPDATE waves SET public_key = ${publicKey},
        key_fingerprint = ${fingerprint}, key_holders = ${JSON.stringify(holders)},
        key_threshold = ${threshold} WHERE id = ${waveId} AND public_key IS NULL`;
      return result.count > 0;
    },
    async getWaveKey(waveId) {
      const [row] = await sql.unsafe<WaveKeyRow[]>(dollarParams(WAVE_KEY_SQL), [waveId]);
      return row && toWaveKey(row);
    },
    async countEnvelopes(waveId) {
      return [
        ...(await sql<{ office: string; n: number }[]>`
          SELECT office, COUNT(*)::int AS n FROM envelopes WHERE wave_id = ${waveId}
          GROUP BY office ORDER BY office`),
      ];
    },
  };
}
