import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/server/enrollment-configuration.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { KIOSK_CONFIG_PATH } from '../../src/shared/enrollment-schema.ts';
import { batchOf, openTestApp, postBatch, type TestApp } from './fixtures.ts';
import { queryPg } from './pg-fixtures.ts';
import { answerSet, getJson, login, prepareEvaluation, SURVEY } from './results-fixtures.ts';
import { sealedBatch, sealWave } from './sealed-fixtures.ts';

// arrival-order.test.ts, for what PostgreSQL adds: its tables are heaps in insertion order and
// every row carries the id of the transaction that wrote it (xmin), so random keys alone would
// leave the order of arrival in the physical order and in xmin. The counter moves the rows it
// counts (results-counts-pg.ts); after the evaluator's first look none of them may show it.
// Nor before it: saveBatch moves the rows of the office's day with every batch, open or sealed
// (pg-move-rows.ts), so no committed state shows a batch where it arrived.
const SETS = 300;
let t: TestApp;

/** Spearman's rank correlation of a list of arrival numbers with their positions in it. */
function spearman(arrival: number[]): number {
  const n = arrival.length;
  const d2 = arrival.reduce((sum, a, position) => sum + (a - position) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}
const numberIn = (answers: string) => Number(/Nr (\d{4})/.exec(answers)?.[1]);

describe('the order of arrival on PostgreSQL', () => {
  beforeAll(async () => {
    t = await openTestApp({
      store: 'postgres',
      stuffing: { setsPerKioskDay: SETS, identicalRun: 10 },
    });
    const today = dayOf(new Date());
    for (let i = 0; i < SETS; i++) {
      const set = answerSet(t.version, today, { improve: `Nr ${String(i).padStart(4, '0')}` });
      expect((await postBatch(t, batchOf([set]))).status).toBe(201);
    }
    const wave = await prepareEvaluation(t, { name: 'heute', from: today, to: today });
    const summary = await getJson(t, `/api/v1/results/summary?wave=${wave}`, await login(t));
    expect(summary).toMatchObject({ n: SETS });
  }, 120_000);
  afterAll(() => t?.close());

  it('is not the order of answer_sets once counted: by storage, by key, by writing transaction', async () => {
    const url = t.databaseUrl ?? '';
    for (const sql of [
      'SELECT answers FROM answer_sets',
      'SELECT answers FROM answer_sets ORDER BY ctid',
      'SELECT answers FROM answer_sets ORDER BY id',
      'SELECT answers FROM answer_sets ORDER BY xmin::text::bigint, ctid',
    ]) {
      const rows = await queryPg<{ answers: string }>(url, sql);
      const arrival = rows.map((r) => numberIn(r.answers));
      expect(arrival).toHaveLength(SETS);
      expect(Math.abs(spearman(arrival)), sql).toBeLessThan(0.2);
    }
    const writers = await queryPg<{ n: string }>(
      url,
      'SELECT COUNT(DISTINCT xmin::text) AS n FROM answer_sets',
    );
    expect(Number(writers[0]?.n)).toBe(1);
    expect(await queryPg(url, 'SELECT id FROM answer_sets_uncounted')).toEqual([]);
  });
});

describe('the order of arrival on PostgreSQL before anyone looks', () => {
  let u: TestApp;
  /** The sealed sets' ciphertexts in the order they were sent: a row's arrival is its index. */
  const sent: string[] = [];
  /** Positions of rows in the order a query returns them, as arrival numbers; all must be found. */
  const arrivalOf = async (sql: string, arrival: (row: Record<string, string>) => number) => {
    const rows = await queryPg<Record<string, string>>(u.databaseUrl ?? '', sql);
    const numbers = rows.map(arrival);
    expect(numbers.filter((n) => n >= 0)).toHaveLength(SETS);
    return numbers;
  };
  /** The threshold a shuffled list of SETS passes all but about once in 50,000 tries (4.3 σ). */
  const expectShuffled = (arrival: number[], sql: string) =>
    expect(Math.abs(spearman(arrival)), sql).toBeLessThan(0.25);

  beforeAll(async () => {
    u = await openTestApp({
      store: 'postgres',
      stuffing: { setsPerKioskDay: 2 * SETS, identicalRun: 10 },
    });
    // The first configuration fixes the office's period (today and 27 more days); the urn's
    // wave starts tomorrow.
    await u.app.request(KIOSK_CONFIG_PATH, { headers: { Authorization: `Bearer ${u.token}` } });
    const today = dayOf(new Date());
    const tomorrow = addDays(today, 1);
    const wave = await u.store.addWave({
      surveyId: SURVEY,
      name: 'Urne',
      from: tomorrow,
      to: addDays(today, 6),
      sealed: true,
    });
    const key = await sealWave(u.store, wave.id);
    // One set per batch, as a kiosk sends after each visitor: the hardest case to hide.
    for (let i = 0; i < SETS; i++) {
      const nr = { improve: `Nr ${String(i).padStart(4, '0')}` };
      expect((await postBatch(u, batchOf([answerSet(u.version, today, nr)]))).status).toBe(201);
      const sealed = await sealedBatch([answerSet(u.version, tomorrow, nr)], key);
      sent.push(sealed.answerSets[0]?.ct ?? '');
      expect((await postBatch(u, sealed)).status).toBe(201);
    }
  }, 300_000);
  afterAll(() => u?.close());

  it('is not the order of answer_sets, uncounted as they are', async () => {
    for (const order of ['', 'ORDER BY ctid', 'ORDER BY id', 'ORDER BY xmin::text::bigint, ctid']) {
      const sql = `SELECT answers FROM answer_sets ${order}`;
      expectShuffled(await arrivalOf(sql, (r) => numberIn(r.answers ?? '')), sql);
    }
    const url = u.databaseUrl ?? '';
    const [writers] = await queryPg<{ n: string }>(
      url,
      'SELECT COUNT(DISTINCT xmin::text) AS n FROM answer_sets',
    );
    expect(Number(writers?.n)).toBe(1);
    // No evaluation counted (and moved) them: the batches' own moves did.
    expect(await queryPg(url, 'SELECT id FROM answer_sets_uncounted')).toHaveLength(SETS);
  });

  it('is not the order of a sealed wave’s envelopes before the opening', async () => {
    for (const order of ['', 'ORDER BY ctid', 'ORDER BY id', 'ORDER BY xmin::text::bigint, ctid']) {
      const sql = `SELECT ct FROM envelopes ${order}`;
      expectShuffled(await arrivalOf(sql, (r) => sent.indexOf(r.ct ?? '')), sql);
    }
    const [writers] = await queryPg<{ n: string }>(
      u.databaseUrl ?? '',
      'SELECT COUNT(DISTINCT xmin::text) AS n FROM envelopes',
    );
    expect(Number(writers?.n)).toBe(1);
  });
});
