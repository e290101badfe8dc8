import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerKiosk } from '../../src/server/tokens.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import {
  MERGED_OFFICE,
  type OfficeComparison,
  type ResultsOptions,
  type ResultsSummary,
} from '../../src/shared/results/results-model.ts';
import { addTestAccount } from '../accounts.ts';
import { OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import {
  answerSet,
  getJson,
  login,
  PASSWORD,
  prepareEvaluation,
  SURVEY,
  send,
} from './results-fixtures.ts';

/**
 * The office comparison (GET /api/v1/results/offices) in the 2026 wave: Lünen (20 sets) and
 * Mitte (12, two of them parents, so the play corner is hidden there); Nord with 7 passport
 * visits, 3 of them flagged (4 without flags: the cell Nord × passport is withheld, and Nord's
 * page shows nothing); Klein (2) and Süd (3), shown only as "andere Standorte". 2025: Lünen only.
 */
const MITTE = 'Bürgerbüro Mitte';
const NORD = 'Bürgerbüro Nord';
const KLEIN = 'Bürgerbüro Klein';
const SUED = 'Bürgerbüro Süd';
const DAYS = ['2026-06-22', '2026-06-23', '2026-06-24', '2026-06-25'];

let t: TestApp;
let wave: number;
const cookies: Record<'admin' | 'evaluator' | 'nord' | 'klein' | 'viewer', string> = {
  admin: '',
  evaluator: '',
  nord: '',
  klein: '',
  viewer: '',
};

function seed(): AnswerSet[] {
  const sets: AnswerSet[] = [];
  const add = (office: string, n: number, answers: (i: number) => object, flagged = 0) => {
    for (let i = 0; i < n; i++) {
      const extra = { office, ...(i < flagged ? { flagged: true as const } : {}) };
      sets.push(answerSet(t.version, DAYS[i % DAYS.length] ?? '', answers(i) as never, extra));
    }
  };
  add(OFFICE, 20, (i) => ({
    reason: i % 2 ? 'passport' : 'address',
    overall: 1 + (i % 5),
    waiting_time: 2 + (i % 4),
    resolved: i % 3 ? 'yes' : 'no',
  }));
  add(MITTE, 12, (i) => ({
    reason: 'id_card',
    overall: 3 + (i % 3),
    ...(i < 2 ? { with_children: 'yes', play_corner: 5 } : {}),
  }));
  add(NORD, 7, () => ({ reason: 'passport', overall: 2 }), 3);
  add(KLEIN, 2, () => ({ reason: 'passport' }));
  add(SUED, 3, () => ({ reason: 'passport' }));
  // The year before: Lünen only, so Klein and Süd have no answers there to be merged.
  for (let i = 0; i < 10; i++) sets.push(answerSet(t.version, '2025-06-23', { overall: 4 }));
  return sets;
}

beforeAll(async () => {
  t = await openTestApp();
  wave = await prepareEvaluation(t, { name: '2026', from: '2026-06-22', to: '2026-07-05' });
  const before = { surveyId: SURVEY, name: '2025', from: '2025-06-16', to: '2025-07-04' };
  await t.store.addWave({ ...before, sealed: false });
  const sets = seed();
  for (const office of [OFFICE, MITTE, NORD, KLEIN, SUED]) {
    const token = office === OFFICE ? t.token : (await registerKiosk(t.store, office)).token;
    await send(
      t,
      sets.filter((s) => s.office === office),
      token,
    );
  }
  const accounts = [
    ['evaluator', 'evaluator', [OFFICE, MITTE]],
    ['nord', 'evaluator', [OFFICE, NORD]],
    ['klein', 'evaluator', [MITTE, KLEIN]],
    ['viewer', 'viewer', [MITTE]],
  ] as const;
  for (const [name, role, offices] of accounts) {
    await addTestAccount(t.store, PASSWORD, { name, role, offices: [...offices] });
    cookies[name] = await login(t, PASSWORD, name);
  }
  cookies.admin = await login(t);
}, 60_000);
afterAll(() => t.close());

const query = (extra: Record<string, string> = {}) =>
  new URLSearchParams({ wave: String(wave), ...extra }).toString();
const compare = (who: keyof typeof cookies, extra: Record<string, string> = {}) =>
  getJson<OfficeComparison>(t, `/api/v1/results/offices?${query(extra)}`, cookies[who]);
const officesOf = (c: OfficeComparison) => c.offices.map((o) => o.office);

describe('the office comparison', () => {
  it('answers 401 without a login', async () => {
    const res = await t.app.request(`/api/v1/results/offices?${query()}`);
    expect(res.status).toBe(401);
  });

  it('gives an admin every office shown by name and "andere Standorte", never the few by name', async () => {
    const c = await compare('admin');
    expect(officesOf(c)).toEqual([OFFICE, MITTE, NORD, MERGED_OFFICE]);
    expect(c.questions.map((q) => q.id)).toContain('overall');
    expect(c.questions.every((q) => q.type === 'scale' || q.type === 'yesno')).toBe(true);
  });

  it('lists the offices of the comparison as the filter does: the few by name only to their evaluator', async () => {
    const options = (who: keyof typeof cookies) =>
      getJson<ResultsOptions>(t, '/api/v1/results/options', cookies[who]);
    // Klein and Süd have answers only in 2026, where they are merged: no wave names them.
    expect((await options('admin')).offices).toEqual([OFFICE, MITTE, NORD, MERGED_OFFICE]);
    // Klein's evaluator knows its name; its page and column say there are too few answers.
    expect((await options('klein')).offices).toEqual([KLEIN, MITTE]);
    const c = await compare('klein');
    expect(officesOf(c)).toEqual([KLEIN, MITTE]);
    expect(c.offices[0]).toMatchObject({ n: null, suppressedBy: 'small', questions: {} });
  });

  it('gives an evaluator of two offices exactly those two, whatever the filters', async () => {
    const filters: Record<string, string>[] = [
      {},
      { group: 'passport' },
      { flagged: 'include' },
      // An office the account was not given, asked for by hand: ignored like any office.
      { office: NORD },
    ];
    for (const extra of filters) {
      const c = await compare('evaluator', extra);
      expect(officesOf(c), JSON.stringify(extra)).toEqual([OFFICE, MITTE]);
      expect(JSON.stringify(c)).not.toContain(NORD);
    }
    expect(officesOf(await compare('viewer'))).toEqual([MITTE]);
  });

  it('shows a small office as a column that says so, with no figures', async () => {
    const c = await compare('nord');
    expect(officesOf(c)).toEqual([OFFICE, NORD]);
    const nord = c.offices.find((o) => o.office === NORD);
    expect(nord).toEqual({
      office: NORD,
      n: null,
      suppressedBy: 'small',
      flaggedWithheld: false,
      questions: {},
    });
    // With flagged sets asked for: Nord's office × reason cell holds 4 without flags, so all of
    // its sets stay out of every figure (released.ts), and its column stays empty.
    const flagged = (await compare('nord', { flagged: 'include' })).offices[1];
    expect(flagged).toMatchObject({ office: NORD, n: null, suppressedBy: 'small', questions: {} });
  });

  it("shows in each column exactly what that office's own page shows", async () => {
    let shown = 0;
    let hidden = 0;
    // Every filter for the admin (every office); the others' columns are the same computation,
    // checked on fewer filters so the walk stays short on PostgreSQL too.
    const walks = [
      ['admin', [undefined, 'passport', 'id_card', 'address'], [false, true]],
      ['evaluator', [undefined, 'id_card'], [false, true]],
      ['nord', [undefined, 'passport'], [false]],
      ['klein', [undefined], [false]],
    ] as const;
    for (const [who, groups, flags] of walks) {
      for (const group of groups) {
        for (const flagged of flags) {
          const extra: Record<string, string> = {
            ...(group ? { group } : {}),
            ...(flagged ? { flagged: 'include' } : {}),
          };
          const c = await compare(who, extra);
          for (const column of c.offices) {
            const at = `${who} ${column.office} ${JSON.stringify(extra)}`;
            const own = await getJson<ResultsSummary>(
              t,
              `/api/v1/results/summary?${query({ ...extra, office: column.office })}`,
              cookies[who],
            );
            expect(column.n, at).toBe(own.suppressed ? null : own.n);
            expect(column.suppressedBy, at).toBe(own.suppressedBy);
            expect(column.flaggedWithheld, at).toBe(own.flaggedWithheld);
            if (own.suppressed) {
              expect(column.questions, at).toEqual({});
              continue;
            }
            shown++;
            for (const q of c.questions) {
              const page = own.questions.find((x) => x.id === q.id);
              const cell = column.questions[q.id];
              if (page?.hidden) {
                hidden++;
                expect(cell, `${at} ${q.id}`).toEqual({ n: 0, hidden: true });
                continue;
              }
              expect(cell, `${at} ${q.id}`).toEqual({
                n: page?.n,
                ...(page?.mean ? { mean: page.mean.value } : {}),
                ...(page?.topTwo ? { topTwo: page.topTwo.value } : {}),
              });
            }
          }
        }
      }
    }
    // The walk saw shown columns and hidden questions, so it compared something of each.
    expect(shown).toBeGreaterThan(10);
    expect(hidden).toBeGreaterThan(0);
    // Some hundred requests: on a busy machine's PostgreSQL more than the default minute.
  }, 180_000);

  it("shows Mitte's play corner, answered by 2 parents, as hidden and its overall mean", async () => {
    const mitte = (await compare('admin')).offices.find((o) => o.office === MITTE);
    expect(mitte?.n).toBe(12);
    expect(mitte?.questions.play_corner).toEqual({ n: 0, hidden: true });
    // 3, 4, 5 four times each.
    expect(mitte?.questions.overall).toMatchObject({ n: 12, mean: 4 });
  });
});
