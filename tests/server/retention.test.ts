import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRetentionTimer } from '../../src/server/retention/retention-timer.ts';
import {
  type Deletion,
  describeDeletion,
  runRetention,
} from '../../src/server/retention/run-retention.ts';
import { openUrn } from '../../src/server/sealed/open-urn.ts';
import { openPostgresStore } from '../../src/server/store/pg-store.ts';
import type { ResultsSummary } from '../../src/shared/results/results-model.ts';
import type { OpenBatch } from '../../src/shared/wire-schema.ts';
import { addTestAccount } from '../accounts.ts';
import { batchOf, openTestApp, type TestApp } from './fixtures.ts';
import { answerSet, getJson, login, PASSWORD, SURVEY } from './results-fixtures.ts';
import { sealWave } from './sealed-fixtures.ts';

// Deletion on schedule (Löschkonzept) with a fake clock, on both stores. Waves:
//   2025 (16.06.–11.07.2025, 12/3 months): texts due after 11.10.2025, sets after 11.07.2026;
//   2026 (18.06.–14.07.2026, 12/3 months): texts due after 14.10.2026;
//   Urne 2024 (sealed, never opened, 1/1 month): its envelopes due after 31.08.2024.
// Beside them: a set the day after the 2025 wave, and another survey's sets on its days.
const OTHER_SURVEY = 'andere_befragung';
const at = (day: string) => new Date(`${day}T12:00:00`);

let t: TestApp;
let cookie: string;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await openTestApp();
  await addTestAccount(t.store, PASSWORD);
  const add = async (name: string, from: string, to: string, sealed = false) => {
    ids[name] = (await t.store.addWave({ surveyId: SURVEY, name, from, to, sealed })).id;
  };
  await add('2025', '2025-06-16', '2025-07-11');
  await add('2026', '2026-06-18', '2026-07-14');
  await add('Urne 2024', '2024-06-01', '2024-07-31', true);
  await t.store.setWaveSchedule(ids['Urne 2024'] as number, 1, 1);
  await sealWave(t.store, ids['Urne 2024'] as number);
  const v = t.version;
  // Five texts: a text question with fewer answers is hidden (question-release.ts).
  const texts = [
    'Mehr Sitzplätze',
    'Längere Öffnungszeiten',
    'Längere Öffnungszeiten',
    'Mehr Sitzplätze',
    'Kürzere Wege',
  ];
  await t.store.saveBatch(
    batchOf([
      ...[5, 4, 3, 5, 4, 2].map((overall, i) =>
        answerSet(v, i % 2 ? '2025-06-16' : '2025-07-11', {
          overall,
          ...(texts[i] ? { improve: texts[i] } : {}),
        }),
      ),
      answerSet(v, '2025-07-12', { improve: 'Am Tag danach' }),
    ]),
  );
  await t.store.saveBatch(
    batchOf(
      [1, 2, 3, 4, 5].map((o) => answerSet(v, '2026-06-20', { overall: o, improve: `B${o}` })),
    ),
  );
  await t.store.saveBatch(
    batchOf(
      [1, 2].map(() => ({
        ...answerSet(v, '2025-06-20', { improve: 'Andere' }),
        surveyId: OTHER_SURVEY,
      })),
    ),
  );
  // The sealed wave's urn: envelopes as the intake stores them (ciphertext; never opened).
  for (const [i, day] of ['2024-06-03', '2024-06-04'].entries()) {
    const key = t.kind === 'postgres' ? 'id, ' : '';
    await t.sql(
      `INSERT INTO envelopes (${key}wave_id, survey_id, survey_version, office, day, enc, ct)
       VALUES (${t.kind === 'postgres' ? '?, ' : ''}?, ?, ?, 'Bürgerbüro Lünen', ?, 'enc', 'ct')`,
      [...(t.kind === 'postgres' ? [i + 1] : []), ids['Urne 2024'] as number, SURVEY, v, day],
    );
  }
  cookie = await login(t);
}, 60_000);
afterAll(() => t.close());

const summary = (name: string) =>
  getJson<ResultsSummary>(t, `/api/v1/results/summary?wave=${ids[name]}`, cookie);
const exportOf = (name: string, part = '') =>
  t.app.request(`/api/v1/results/export?wave=${ids[name]}&format=json${part}`, {
    headers: { Cookie: cookie },
  });
const setsOn = async (survey: string, from: string, to: string) =>
  (
    await t.sql<{ answers: string }>(
      'SELECT answers FROM answer_sets WHERE survey_id = ? AND day BETWEEN ? AND ? ORDER BY answers',
      [survey, from, to],
    )
  ).map((r) => JSON.parse(r.answers) as Record<string, unknown>);
const countedTexts = async () =>
  (
    await t.sql<{ value: string; day: string }>(
      `SELECT value, day FROM answer_counts WHERE question = 'improve' AND value <> ''
       ORDER BY day, value`,
    )
  ).map((r) => `${r.day} ${r.value}`);
const deletions = async () =>
  (await t.store.listAudit())
    .filter((e) => e.action === 'deletion')
    .map((e) => [e.actor, e.detail]);

describe('deletion on schedule (Löschkonzept)', () => {
  let before: ResultsSummary;

  it('a dry run deletes nothing, records nothing, and says what a run would delete', async () => {
    before = await summary('2025');
    expect(before.n).toBe(6);
    expect(before.texts[0]?.items.map((i) => i.text)).toEqual([
      'Kürzere Wege',
      'Längere Öffnungszeiten',
      'Mehr Sitzplätze',
    ]);
    const dump = await t.dump();
    const planned = await runRetention(t.store, {
      actor: 'system',
      now: at('2026-08-01'),
      dryRun: true,
    });
    expect(planned.map(({ wave, what, count }) => ({ wave, what, count }))).toEqual([
      { wave: ids['Urne 2024'], what: 'texts', count: 0 },
      { wave: ids['Urne 2024'], what: 'sets', count: 0 },
      { wave: ids['Urne 2024'], what: 'envelopes', count: 2 },
      { wave: ids['2025'], what: 'texts', count: 5 },
      { wave: ids['2025'], what: 'sets', count: 6 },
    ]);
    expect(await t.dump()).toEqual(dump);
    expect(await deletions()).toEqual([]);
  });

  it('deletes exactly what is due, keeps the counts, and records each deletion once', async () => {
    await runRetention(t.store, { actor: 'system', now: at('2026-08-01') });
    // The 2025 wave's sets are gone; the day after it, the other survey and 2026 are untouched.
    expect(await setsOn(SURVEY, '2025-06-16', '2025-07-11')).toEqual([]);
    expect((await setsOn(SURVEY, '2025-07-12', '2025-07-12'))[0]?.improve).toBe('Am Tag danach');
    expect((await setsOn(OTHER_SURVEY, '2025-06-20', '2025-06-20')).map((a) => a.improve)).toEqual([
      'Andere',
      'Andere',
    ]);
    expect(await setsOn(SURVEY, '2026-06-18', '2026-07-14')).toHaveLength(5);
    expect(await t.sql('SELECT * FROM envelopes')).toEqual([]);
    // The texts left the counts too, except outside the wave.
    expect(await countedTexts()).toEqual([
      '2025-06-20 Andere',
      '2025-07-12 Am Tag danach',
      '2026-06-20 B1',
      '2026-06-20 B2',
      '2026-06-20 B3',
      '2026-06-20 B4',
      '2026-06-20 B5',
    ]);
    const w = ids['2025'];
    const u = ids['Urne 2024'];
    expect(await deletions()).toEqual([
      ['system', { wave: u, what: 'texts', count: 0 }],
      ['system', { wave: u, what: 'sets', count: 0 }],
      ['system', { wave: u, what: 'envelopes', count: 2 }],
      ['system', { wave: w, what: 'texts', count: 5 }],
      ['system', { wave: w, what: 'sets', count: 6 }],
    ]);
  });

  it('the summary keeps every figure from the counts, lists no text, and says what is gone', async () => {
    const after = await summary('2025');
    expect(after.n).toBe(before.n);
    expect(after.questions).toEqual(before.questions);
    expect(after.perDay).toEqual(before.perDay);
    expect(after.crossTab).toEqual(before.crossTab);
    expect(after.comparison).toEqual(before.comparison);
    expect(after.texts.map((l) => l.items)).toEqual([[]]);
    expect(after.deleted).toEqual({
      texts: { on: '2026-08-01', months: 3 },
      sets: { on: '2026-08-01', months: 12, urnDestroyed: false },
    });
    expect((await summary('2026')).deleted).toBeUndefined();
    const urn = await summary('Urne 2024');
    expect(urn.urn?.total).toBe(0);
    expect(urn.deleted?.sets?.urnDestroyed).toBe(true);
  });

  it('the export of a wave whose sets are deleted is gone (410), with the reason', async () => {
    const res = await exportOf('2025');
    expect(res.status).toBe(410);
    expect(((await res.json()) as { error: string }).error).toContain(
      'wurden am 01.08.2026 gelöscht (Löschfrist 12 Monate nach Ende der Welle)',
    );
    expect((await exportOf('Urne 2024')).status).toBe(410);
    expect((await exportOf('2026')).status).toBe(200);
  });

  it('runs again, later, delete and record nothing more', async () => {
    const dump = await t.dump();
    expect(await runRetention(t.store, { actor: 'system', now: at('2026-08-01') })).toEqual([]);
    expect(await runRetention(t.store, { actor: 'system', now: at('2026-08-02') })).toEqual([]);
    expect(await t.dump()).toEqual(dump);
    expect(await deletions()).toHaveLength(5);
  });

  it('two runs at the same moment (two server processes on PostgreSQL) delete and record once', async () => {
    ids['2023'] = (
      await t.store.addWave({
        surveyId: SURVEY,
        name: '2023',
        from: '2023-06-01',
        to: '2023-06-30',
        sealed: false,
      })
    ).id;
    await t.store.saveBatch(
      batchOf([1, 2, 3, 4, 5].map((o) => answerSet(t.version, '2023-06-05', { overall: o }))),
    );
    // On PostgreSQL a second store is a second pool of connections, as a second process has.
    const second = t.kind === 'postgres' ? await openPostgresStore(t.databaseUrl ?? '') : t.store;
    try {
      const runs = await Promise.all(
        [t.store, second].map((store) =>
          runRetention(store, { actor: 'system', now: at('2026-08-02') }),
        ),
      );
      expect(runs.flat().map((d) => [d.wave, d.what, d.count])).toEqual([
        [ids['2023'], 'texts', 0],
        [ids['2023'], 'sets', 5],
      ]);
    } finally {
      if (second !== t.store) await second.close();
    }
    expect(await setsOn(SURVEY, '2023-06-01', '2023-06-30')).toEqual([]);
    expect((await summary('2023')).n).toBe(5);
    expect(await deletions()).toHaveLength(7);
  });

  it('a recount keeps the counts of a wave whose sets were deleted', async () => {
    await t.store.recountAnswers();
    const after = await summary('2025');
    expect(after.n).toBe(6);
    expect(after.questions).toEqual(before.questions);
    expect((await summary('2026')).n).toBe(5);
  });

  it('free texts go first: blanked inside the kept sets and in the counts, their number stays', async () => {
    const b = await summary('2026');
    const improve = () => b.questions.find((q) => q.id === 'improve');
    expect(improve()?.n).toBe(5);
    expect(await runRetention(t.store, { actor: 'system', now: at('2026-10-14') })).toEqual([]);
    const done = await runRetention(t.store, { actor: 'system', now: at('2026-10-15') });
    expect(done.map((d) => [d.what, d.count])).toEqual([['texts', 5]]);
    const kept = await setsOn(SURVEY, '2026-06-18', '2026-07-14');
    expect(kept.map((a) => a.improve)).toEqual(['', '', '', '', '']);
    expect(kept.map((a) => a.overall).sort()).toEqual([1, 2, 3, 4, 5]);
    const after = await summary('2026');
    expect(after.questions).toEqual(b.questions);
    expect(after.texts.map((l) => l.items)).toEqual([[]]);
    expect(after.deleted).toEqual({ texts: { on: '2026-10-15', months: 3 } });
    expect((await exportOf('2026', '&part=texts')).status).toBe(410);
    expect((await exportOf('2026')).status).toBe(200);
    // A recount of the blanked sets gives the same figures.
    await t.store.recountAnswers();
    expect((await summary('2026')).questions).toEqual(b.questions);
    expect(await countedTexts()).toEqual(['2025-06-20 Andere', '2025-07-12 Am Tag danach']);
  });

  it('a set that arrives after the deletion (a kiosk offline for months) is counted, then deleted', async () => {
    await t.store.saveBatch(batchOf([answerSet(t.version, '2025-07-01', { improve: 'Spät' })]));
    const done = await runRetention(t.store, { actor: 'system', now: at('2026-10-16') });
    expect(done.map((d) => [d.wave, d.what, d.count])).toEqual([
      [ids['2025'], 'texts', 1],
      [ids['2025'], 'sets', 1],
    ]);
    expect((await summary('2025')).n).toBe(7);
    expect(await setsOn(SURVEY, '2025-06-16', '2025-07-11')).toEqual([]);
    // The day stays that of the first deletion.
    expect((await summary('2025')).deleted?.sets?.on).toBe('2026-08-01');
  });

  it('an urn destroyed on schedule cannot be opened: there is nothing left to open', async () => {
    await expect(
      openUrn(t.store, ids['Urne 2024'] as number, [], at('2026-10-16')),
    ).rejects.toMatchObject({ problem: { code: 'urn-destroyed', on: '2026-08-01' } });
    expect(await t.store.findUrnOpening(ids['Urne 2024'] as number)).toBeUndefined();
  });

  it('the server runs the schedule at start, by its clock, and logs what it deleted', async () => {
    ids['2022'] = (
      await t.store.addWave({
        surveyId: SURVEY,
        name: '2022',
        from: '2022-06-01',
        to: '2022-06-30',
        sealed: false,
      })
    ).id;
    await t.store.saveBatch(batchOf([answerSet(t.version, '2022-06-02')]));
    const logs: string[] = [];
    const timer = startRetentionTimer(t.store, {
      log: (l) => logs.push(l),
      now: () => at('2026-10-17'),
    });
    try {
      await timer.ran;
    } finally {
      timer.stop();
    }
    expect(logs).toEqual([
      `Deleted on schedule: wave ${ids['2022']} "2022": 0 free texts`,
      `Deleted on schedule: wave ${ids['2022']} "2022": 1 answer set`,
    ]);
    expect((await t.store.listAudit()).at(-1)).toMatchObject({
      actor: 'system',
      at: expect.stringMatching(/^2026-10-17T/),
      detail: { wave: ids['2022'], what: 'sets', count: 1 },
    });
  });
});

// Test answers (a draft's test run) go 30 days after their day (deadlines.ts): on 2026-11-05 the
// sets of 2026-10-05 and before are due, those of 2026-10-06 (the 30th day after) and later stay.
describe('test answers on the deletion schedule', () => {
  const testBatch = (survey: string, days: string[]): OpenBatch => ({
    ...batchOf(days.map((d) => ({ ...answerSet(t.version, d), surveyId: survey, test: true }))),
    test: true,
  });
  const testDays = async () =>
    (
      await t.sql<{ survey_id: string; day: string }>(
        'SELECT survey_id, day FROM test_answer_sets ORDER BY survey_id, day',
      )
    ).map((r) => `${r.survey_id} ${r.day}`);
  const ofTests = (done: Deletion[]) =>
    done.filter((d) => d.what === 'test-answers').map(({ survey, count }) => ({ survey, count }));

  it('deletes them 30 days after their day, per survey, recorded; a dry run only says so', async () => {
    await t.store.saveTestBatch(testBatch(SURVEY, ['2026-10-01', '2026-10-05', '2026-10-06']));
    await t.store.saveTestBatch(testBatch(SURVEY, ['2026-10-20']));
    await t.store.saveTestBatch(testBatch(OTHER_SURVEY, ['2026-09-01']));
    const realSets = await t.countAnswerSets();
    const recorded = (await deletions()).length;
    const now = at('2026-11-05');

    const planned = await runRetention(t.store, { actor: 'cli:it', now, dryRun: true });
    expect(ofTests(planned)).toEqual([
      { survey: OTHER_SURVEY, count: 1 },
      { survey: SURVEY, count: 2 },
    ]);
    expect(await testDays()).toHaveLength(5);
    expect(await deletions()).toHaveLength(recorded);

    const done = await runRetention(t.store, { actor: 'system', now });
    expect(ofTests(done)).toEqual(ofTests(planned));
    expect(done.map(describeDeletion)).toContain(
      `survey "${SURVEY}": 2 test answer sets older than 30 days`,
    );
    expect(await testDays()).toEqual([`${SURVEY} 2026-10-06`, `${SURVEY} 2026-10-20`]);
    expect((await deletions()).slice(recorded)).toEqual([
      ['system', { survey: OTHER_SURVEY, what: 'test-answers', count: 1 }],
      ['system', { survey: SURVEY, what: 'test-answers', count: 2 }],
    ]);
    expect(await t.countAnswerSets()).toBe(realSets);

    // The same day again (a second process, or the CLI after the daily run): nothing, no record.
    expect(ofTests(await runRetention(t.store, { actor: 'system', now }))).toEqual([]);
    expect(await deletions()).toHaveLength(recorded + 2);
    // The next day the 30th day's set goes too.
    const next = await runRetention(t.store, { actor: 'system', now: at('2026-11-06') });
    expect(ofTests(next)).toEqual([{ survey: SURVEY, count: 1 }]);
    expect(await testDays()).toEqual([`${SURVEY} 2026-10-20`]);
  });
});
