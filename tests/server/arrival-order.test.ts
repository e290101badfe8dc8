import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/server/enrollment-configuration.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { batchOf, openTestApp, postBatch, type TestApp } from './fixtures.ts';
import { answerSet, getJson, login, prepareEvaluation, SURVEY } from './results-fixtures.ts';
import { sealedBatch, sealWave } from './sealed-fixtures.ts';

// Tried as a hostile administrator would, with the database file: kiosks send one survey at a
// time, so if anything in the file kept the order of arrival, the n-th entry of a day would be
// that day's n-th visitor. 500 sets go in one per batch, in order, in both modes: readable
// (today, no sealed wave) and sealed (tomorrow, a sealed wave's urn). Every place that holds them
// must list them in an order unrelated to that (Spearman's |ρ| < 0.2; for a random order its
// spread is about 0.045).
const SETS = 500;
let t: TestApp;
const sent: string[] = []; // open batch ids in the order they were sent
const sentSealed: string[] = []; // sealed batch ids in the order they were sent
const sealedCts: string[] = []; // each envelope's ciphertext, in the order it was sent

/** Spearman's rank correlation of a list of arrival numbers with their positions in it. */
function spearman(arrival: number[]): number {
  const n = arrival.length;
  const d2 = arrival.reduce((sum, a, position) => sum + (a - position) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/** The arrival number a stored answers text carries ("Nr 0042" → 42). */
const numberIn = (answers: string) => Number(/Nr (\d{4})/.exec(answers)?.[1]);

beforeAll(async () => {
  // 500 from one kiosk in a day is more than the ballot-stuffing limit would leave unflagged.
  t = await openTestApp({ stuffing: { setsPerKioskDay: SETS, identicalRun: 10 } });
  const today = dayOf(new Date());
  for (let i = 0; i < SETS; i++) {
    const batch = batchOf([
      answerSet(t.version, today, { improve: `Nr ${String(i).padStart(4, '0')}` }),
    ]);
    sent.push(batch.batchId);
    expect((await postBatch(t, batch)).status).toBe(201);
  }
  const tomorrow = addDays(today, 1);
  const wave = await t.store.addWave({
    surveyId: SURVEY,
    name: 'morgen',
    from: tomorrow,
    to: tomorrow,
    sealed: true,
  });
  const key = await sealWave(t.store, wave.id);
  for (let i = 0; i < SETS; i++) {
    const batch = await sealedBatch([answerSet(t.version, tomorrow)], key);
    sentSealed.push(batch.batchId);
    sealedCts.push(batch.answerSets[0]?.ct ?? '');
    expect((await postBatch(t, batch)).status).toBe(201);
  }
}, 120_000);
afterAll(() => t.close());

/** Reads the test's database file as an administrator could. */
function fromFile<T>(sql: string): T[] {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('the order in which answers arrived', () => {
  it('is not the order of answer_sets, by storage or by key', () => {
    for (const sql of [
      'SELECT answers FROM answer_sets',
      'SELECT answers FROM answer_sets ORDER BY rowid',
      "SELECT answers FROM answer_sets INDEXED BY answer_sets_by_survey_day WHERE survey_id <> ''",
    ]) {
      const arrival = fromFile<{ answers: string }>(sql).map((r) => numberIn(r.answers));
      expect(arrival).toHaveLength(SETS);
      expect(Math.abs(spearman(arrival)), sql).toBeLessThan(0.2);
    }
  });

  it('is not the order of a sealed wave’s urn, by storage, by key or by its index', () => {
    for (const sql of [
      'SELECT ct FROM envelopes',
      'SELECT ct FROM envelopes ORDER BY rowid',
      'SELECT ct FROM envelopes INDEXED BY envelopes_by_wave WHERE wave_id > 0',
    ]) {
      const arrival = fromFile<{ ct: string }>(sql).map((r) => sealedCts.indexOf(r.ct));
      expect(
        arrival.filter((a) => a >= 0),
        sql,
      ).toHaveLength(SETS);
      expect(Math.abs(spearman(arrival)), sql).toBeLessThan(0.2);
    }
  });

  it('is not the order of the batches kept to recognise re-sent ones, in either mode', () => {
    const ids = fromFile<{ batch_id: string }>('SELECT batch_id FROM batches');
    for (const order of [sent, sentSealed]) {
      const arrival = ids.map((r) => order.indexOf(r.batch_id)).filter((a) => a >= 0);
      expect(arrival).toHaveLength(SETS);
      expect(Math.abs(spearman(arrival))).toBeLessThan(0.2);
    }
  });

  it('is not the order of what waits to be counted, and counting leaves nothing behind', async () => {
    const waiting = fromFile<{ answers: string }>(
      'SELECT s.answers FROM answer_sets_uncounted u JOIN answer_sets s ON s.rowid = u.id',
    );
    expect(waiting).toHaveLength(SETS);
    expect(Math.abs(spearman(waiting.map((r) => numberIn(r.answers))))).toBeLessThan(0.2);

    // The evaluator's first look counts them; the counts are per day, not per arrival.
    const today = dayOf(new Date());
    const wave = await prepareEvaluation(t, { name: 'heute', from: today, to: today });
    const summary = await getJson(t, `/api/v1/results/summary?wave=${wave}`, await login(t));
    expect(summary).toMatchObject({ n: SETS });
    expect(fromFile('SELECT id FROM answer_sets_uncounted')).toEqual([]);
  });

  it('is kept by no other table: none holds a row per set or batch besides those above', () => {
    // answer_counts may have a row per distinct free text, but is kept in the order of its
    // content (WITHOUT ROWID, keyed by day, question and value), never of arrival.
    const checked = ['answer_sets', 'answer_sets_uncounted', 'envelopes', 'batches'];
    const tables = fromFile<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table'",
    );
    const large = tables
      .map(({ name }) => name)
      .filter(
        (name) =>
          (fromFile<{ n: number }>(`SELECT COUNT(*) AS n FROM "${name}"`)[0]?.n ?? 0) >= SETS,
      );
    expect(large.filter((name) => !checked.includes(name) && name !== 'answer_counts')).toEqual([]);
  });
});
