import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waveSheets } from '../../src/server/results/wave-sheets.ts';
import type { ResultsFilter } from '../../src/server/store/results-store.ts';
import { registerKiosk } from '../../src/server/tokens.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import { MERGED_GROUP, MERGED_OFFICE } from '../../src/shared/results/results-model.ts';
import { OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import { answerSet, prepareEvaluation, SURVEY, send } from './results-fixtures.ts';

/**
 * One results page's counts come from a few queries per wave, sliced in JavaScript
 * (wave-sheets.ts). Here every slice is held to the query it replaces, on this store: the
 * same answer for every view a page can ask — each office, the merged ones, each reason, both
 * flag settings, with and without merged and withheld offices, reasons and cells — so the
 * disclosure rules cannot see other numbers than the SQL would give them.
 */
const MITTE = 'Bürgerbüro Mitte';
const SUED = 'Bürgerbüro Süd';
const DAYS = ['2026-06-18', '2026-06-19', '2026-06-22', '2026-07-14'];
const REASONS = ['passport', 'id_card', 'address', 'other'];

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
  await prepareEvaluation(t);
  const tokens: Record<string, string> = { [OFFICE]: t.token };
  for (const office of [MITTE, SUED]) tokens[office] = (await registerKiosk(t.store, office)).token;
  // Uneven counts per office, reason, day and flag, with texts and unanswered questions.
  let i = 0;
  for (const office of [OFFICE, MITTE, SUED]) {
    const sets: AnswerSet[] = [];
    for (const day of DAYS) {
      for (const reason of REASONS) {
        const n = (i++ * 7) % 5;
        for (let k = 0; k < n; k++) {
          const answers = { reason, overall: 1 + ((k + n) % 5) } as Record<string, unknown>;
          if (k % 2 === 0) answers.improve = `Text ${k % 3}`;
          if (k % 3 === 0) delete answers.rooms;
          sets.push(
            answerSet(t.version, day, answers as never, {
              office,
              ...(k === 1 ? { flagged: true as const } : {}),
            }),
          );
        }
      }
    }
    await send(t, sets, tokens[office]);
  }
}, 60_000);
afterAll(() => t.close());

const wave = { surveyId: SURVEY, from: '2026-06-18', to: '2026-07-14' };
const releases: Pick<ResultsFilter, 'merged' | 'withheld'>[] = [
  {},
  {
    merged: { offices: [MITTE, SUED], groups: ['id_card', 'other'] },
    withheld: { offices: [], groups: [], cells: [] },
  },
  {
    merged: { offices: [SUED], groups: ['other'] },
    withheld: {
      offices: [MITTE],
      groups: ['address'],
      cells: [{ offices: [OFFICE], groups: ['passport', 'other'] }],
    },
  },
];
const filters: ResultsFilter[] = releases.flatMap((release) =>
  [undefined, OFFICE, MITTE, MERGED_OFFICE].flatMap((office) =>
    [undefined, 'address', MERGED_GROUP].flatMap((group) =>
      [false, true].map((includeFlagged) => ({
        ...wave,
        ...release,
        ...(office === undefined ? {} : { office }),
        ...(group === undefined ? {} : { group }),
        includeFlagged,
      })),
    ),
  ),
);
const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
const name = (f: ResultsFilter) =>
  `${f.office ?? '*'} × ${f.group ?? '*'}${f.includeFlagged ? ' with flags' : ''}` +
  `${f.withheld ? ` (${f.withheld.offices.length > 0 ? 'withheld' : 'merged'})` : ''}`;

describe("one results page's counts, sliced from a few queries per wave", () => {
  it('are those of the queries they replace, for every view', async () => {
    const surveys = await t.store.listLatestSurveys();
    const sheets = waveSheets(t.store, async (id) => surveys.find((s) => s.id === id));
    const questions = ['reason', 'overall', 'rooms', 'waiting_time'];
    let nonEmpty = 0;
    for (const f of filters) {
      const sql = await t.store.countPerDay(f);
      expect(await sheets.countPerDay(f), name(f)).toEqual(sql);
      if (sql.length > 0) nonEmpty++;
      expect(sorted(await sheets.countDayCells(f)), name(f)).toEqual(
        sorted(await t.store.countDayCells(f)),
      );
      expect(sorted(await sheets.countCells(f)), name(f)).toEqual(
        sorted(await t.store.countCells(f)),
      );
      expect(await sheets.countFlagged(f), name(f)).toBe(await t.store.countFlagged(f));
      for (const asked of [questions, []]) {
        expect(sorted(await sheets.countAnswers(f, asked)), name(f)).toEqual(
          sorted(await t.store.countAnswers(f, asked)),
        );
      }
      expect(await sheets.countGiven(f, 'improve'), name(f)).toBe(
        await t.store.countGiven(f, 'improve'),
      );
    }
    // The views differ: most hold answer sets, and of different days.
    expect(nonEmpty).toBeGreaterThan(filters.length / 2);
  });

  it('asks the database once per wave for the sets and once per view for the answers', async () => {
    let asked = 0;
    const counting = new Proxy(t.store, {
      get(target, key) {
        const value = Reflect.get(target, key);
        return typeof value === 'function'
          ? (...args: unknown[]) => {
              asked++;
              return value.apply(target, args);
            }
          : value;
      },
    });
    const surveys = await t.store.listLatestSurveys();
    const sheets = waveSheets(counting, async (id) => surveys.find((s) => s.id === id));
    const view = { ...wave, office: OFFICE, includeFlagged: false };
    for (const group of [undefined, ...REASONS]) {
      await sheets.countPerDay({ ...view, group });
      await sheets.countDayCells({ ...wave, group, includeFlagged: true });
      await sheets.countCells({ ...wave, group, includeFlagged: false });
      await sheets.countFlagged({ ...view, group });
    }
    expect(asked).toBe(1);
    await sheets.countAnswers(view, ['overall']);
    await sheets.countAnswers(view, ['overall', 'rooms']);
    await sheets.countGiven(view, 'improve');
    expect(asked).toBe(2);
  });
});
