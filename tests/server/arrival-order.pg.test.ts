import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { batchOf, openTestApp, postBatch, type TestApp } from './fixtures.ts';
import { queryPg } from './pg-fixtures.ts';
import { answerSet, getJson, login, prepareEvaluation } from './results-fixtures.ts';

// arrival-order.test.ts, for what PostgreSQL adds: its tables are heaps in insertion order and
// every row carries the id of the transaction that wrote it (xmin), so random keys alone would
// leave the order of arrival in the physical order and in xmin. The counter moves the rows it
// counts (results-counts-pg.ts); after the evaluator's first look none of them may show it.
// (Before that look the newest rows still do: docs/install.md says so.)
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
