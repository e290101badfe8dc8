import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleAnswerSet, seededRandom } from '../../scripts/sample-answers.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { batchOf, makeTempDir } from './fixtures.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.remove());

const dumpCounts = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT * FROM answer_counts ORDER BY 1, 2, 3, 4, 5, 6, 7').all();
  } finally {
    db.close();
  }
};

describe('answer_counts (the aggregation table, filled lazily)', () => {
  it('counts what was stored since the last look, however it got there, as a recount would', async () => {
    const path = join(temp.dir, 'counts.db');
    const store = openSqliteStore(path);
    const version = await seedDefaultSurvey(store);
    const random = seededRandom(5);
    const filter = {
      surveyId: buergerbueroSurvey.id,
      from: '2026-06-01',
      to: '2026-06-30',
      includeFlagged: true,
    };
    const total = async () => (await store.countPerDay(filter)).reduce((s, d) => s + d.n, 0);
    for (const office of ['Bürgerbüro Lünen', 'Bürgerbüro Brambauer']) {
      const sets = Array.from({ length: 300 }, (_, i) =>
        sampleAnswerSet(buergerbueroSurvey, version, office, `2026-06-${10 + (i % 9)}`, random),
      );
      for (let i = 0; i < sets.length; i += 200) {
        await store.saveBatch(batchOf(sets.slice(i, i + 200)));
      }
      // Looked at after each office: the second look counts only the new rows.
      expect(await total()).toBe(office === 'Bürgerbüro Lünen' ? 300 : 600);
    }
    // A row that bypassed saveBatch (an import by hand) is counted too.
    const db = new Database(path);
    db.prepare(
      'INSERT INTO answer_sets (survey_id, survey_version, office, day, answers, flagged) VALUES (?, ?, ?, ?, ?, 0)',
    ).run(
      buergerbueroSurvey.id,
      version,
      'Bürgerbüro Lünen',
      '2026-06-12',
      '{"reason":"other","overall":5}',
    );
    db.close();
    expect(await total()).toBe(601);
    const live = dumpCounts(path);
    expect(live.length).toBeGreaterThan(100);
    expect(await store.recountAnswers()).toBe(601);
    expect(dumpCounts(path)).toEqual(live);
    await store.close();
  });

  it('counts each option of a multiple choice, and the answer sets that chose any', async () => {
    const path = join(temp.dir, 'multi.db');
    const store = openSqliteStore(path);
    const base = {
      surveyId: 'extras',
      surveyVersion: '0123456789abcdef',
      office: 'A',
      day: '2026-06-18',
    };
    await store.saveBatch(
      batchOf([
        { ...base, answers: { reason: 'a', extras: ['x', 'y'] } },
        { ...base, answers: { reason: 'a', extras: ['y'] } },
        { ...base, answers: { reason: 'b' } },
      ]),
    );
    const rows = await store.countAnswers(
      { surveyId: 'extras', from: '2026-06-01', to: '2026-06-30', includeFlagged: false },
      ['extras'],
    );
    const sum = (question: string, value: string) =>
      rows.filter((r) => r.question === question && r.value === value).reduce((s, r) => s + r.n, 0);
    expect(sum('', '')).toBe(3);
    expect(sum('extras', '')).toBe(2);
    expect(sum('extras', 'x')).toBe(1);
    expect(sum('extras', 'y')).toBe(2);
    expect(rows.filter((r) => r.group === 'a' && r.question === '')).toEqual([
      { group: 'a', question: '', value: '', n: 2 },
    ]);
    await store.close();
  });
});
