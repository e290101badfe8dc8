import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeTexts } from '../../src/report/components/WaveComparison.tsx';
import { TEXT_LIMIT } from '../../src/server/results/summary.ts';
import type { ResultsSummary } from '../../src/shared/results/results-model.ts';
import { addTestAccount } from '../accounts.ts';
import { batchOf, openTestApp, type TestApp } from './fixtures.ts';
import { answerSet, getJson, login, PASSWORD, SURVEY, send } from './results-fixtures.ts';

let t: TestApp;
let cookie: string;
const ids: Record<string, number> = {};

// Three waves, added out of date order (2027, 2025, 2026) so that "the wave before" must come
// from the dates, not from the ids or the order of the list.
// 2025: overall 3,3,3,3,3 (mean 3, satisfied 0 of 5), resolved "yes" 2 of 5.
// 2026: overall 5,5,4,4,3,3 (mean 4, satisfied 4 of 6), resolved "yes" 3 of 6.
// 2027: overall 1 ×5.
// Days on each wave's first and last day count; the days just outside count for no wave.
beforeAll(async () => {
  t = await openTestApp();
  await addTestAccount(t.store, PASSWORD);
  for (const [name, from, to] of [
    ['2027', '2027-06-01', '2027-06-30'],
    ['2025', '2025-06-16', '2025-07-11'],
    ['2026', '2026-06-18', '2026-07-14'],
  ] as const) {
    ids[name] = (await t.store.addWave({ surveyId: SURVEY, name, from, to, sealed: false })).id;
  }
  const v = t.version;
  const yes = (i: number, k: number) => (i < k ? 'yes' : 'no');
  await send(t, [
    ...[3, 3, 3, 3, 3].map((o, i) =>
      answerSet(v, i % 2 ? '2025-06-16' : '2025-07-11', { overall: o, resolved: yes(i, 2) }),
    ),
    ...[5, 5, 4, 4, 3, 3].map((o, i) =>
      answerSet(v, i % 2 ? '2026-06-18' : '2026-07-14', { overall: o, resolved: yes(i, 3) }),
    ),
    answerSet(v, '2025-07-12', { overall: 1 }),
    answerSet(v, '2026-06-17', { overall: 1 }),
  ]);
  // A day after tomorrow never comes through the API, so the "later" wave is stored directly.
  await t.store.saveBatch(
    batchOf([1, 1, 1, 1, 1].map((o) => answerSet(v, '2027-06-15', { overall: o }))),
  );
  cookie = await login(t);
}, 60_000);
afterAll(() => t.close());

const summary = (name: string) =>
  getJson<ResultsSummary>(t, `/api/v1/results/summary?wave=${ids[name]}`, cookie);

describe('waves and their comparison', () => {
  it('assigns answers to waves by their day in SQL, both ends inclusive', async () => {
    expect((await summary('2025')).n).toBe(5);
    expect((await summary('2026')).n).toBe(6);
    expect((await summary('2027')).n).toBe(5);
  });

  it('lists the waves by date and compares the selected one with the one before it', async () => {
    const s = await summary('2026');
    expect(s.comparison.rows.map((r) => r.wave.name)).toEqual(['2025', '2026', '2027']);
    expect(s.comparison).toMatchObject({ selected: ids['2026'], previous: ids['2025'] });
    const [w2025, w2026] = s.comparison.rows;
    expect(w2025?.questions.overall).toEqual({ mean: 3, topTwo: 0, n: 5 });
    expect(w2026?.questions.overall?.mean).toBeCloseTo(4, 10);
    expect(w2026?.questions.overall?.topTwo).toBeCloseTo(4 / 6, 10);
    // yes/partly/no: the share of "ja", no mean
    expect(w2025?.questions.resolved).toEqual({ topTwo: 2 / 5, n: 5 });
    expect(w2026?.questions.resolved).toEqual({ topTwo: 3 / 6, n: 6 });
    // The change column: 4 − 3 = +1,00; 67 % − 0 % = +67 Pp.; 50 % − 40 % = +10 Pp.
    // Significant by the two-proportion test: 0 of 5 → 4 of 6 is (z = 2.29, p = 0.022),
    // 2 of 5 → 3 of 6 is not (p = 0.74).
    const change = (id: string) => changeTexts(w2026?.questions[id], w2025?.questions[id]);
    expect(change('overall')).toEqual({ mean: '+1,00', share: '+67 Pp.', significant: 'ja' });
    expect(change('resolved')).toEqual({ mean: '–', share: '+10 Pp.', significant: 'nein' });
  });

  it('the first wave by date has nothing before it; the last compares with the middle one', async () => {
    expect((await summary('2025')).comparison.previous).toBeNull();
    const last = await summary('2027');
    expect(last.comparison.previous).toBe(ids['2026']);
    const rows = last.comparison.rows;
    const c = changeTexts(rows[2]?.questions.overall, rows[1]?.questions.overall);
    // 1 − 4 = −3,00; 0 % − 67 % = −67 Pp.
    expect(c).toEqual({ mean: '−3,00', share: '−67 Pp.', significant: 'ja' });
  });
});

describe('free texts beyond the listing limit', () => {
  it('counts every text as answered, also those past the first TEXT_LIMIT listed', async () => {
    const wave = await t.store.addWave({
      surveyId: SURVEY,
      name: '2028',
      from: '2028-06-01',
      to: '2028-06-30',
      sealed: false,
    });
    const total = TEXT_LIMIT + 7;
    const sets = Array.from({ length: total }, (_, i) =>
      answerSet(t.version, '2028-06-02', { improve: `Anregung ${String(i).padStart(4, '0')}` }),
    );
    for (let i = 0; i < sets.length; i += 200) {
      await t.store.saveBatch(batchOf(sets.slice(i, i + 200)));
    }
    const s = await getJson<ResultsSummary>(t, `/api/v1/results/summary?wave=${wave.id}`, cookie);
    const list = s.texts.find((l) => l.questionId === 'improve');
    expect(list?.items).toHaveLength(TEXT_LIMIT);
    expect(list?.more).toBe(true);
    expect(s.questions.find((q) => q.id === 'improve')?.n).toBe(total);
  });
});
