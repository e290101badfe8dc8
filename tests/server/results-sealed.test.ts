import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerKiosk } from '../../src/server/tokens.ts';
import type { ResultsSummary } from '../../src/shared/results/results-model.ts';
import { batchOf, OFFICE, openTestApp, postBatch, type TestApp } from './fixtures.ts';
import { answerSet, getJson, login, prepareEvaluation, SURVEY, send } from './results-fixtures.ts';
import { sealedBatch, sealWave } from './sealed-fixtures.ts';

// Tried as a curious evaluator would, through every results route: a sealed wave whose urn is
// not opened shows how many answers it holds, per office and in total, and nothing else — not
// even readable rows that lie on its days (stored before the wave was made, say).
const OTHER = 'Bürgerbüro Brambauer';
const MARKER = 'Vorab-Zeile-91c2';
let t: TestApp;
let open: number;
let sealed: number;
let cookie: string;

beforeAll(async () => {
  t = await openTestApp();
  open = await prepareEvaluation(t, { name: 'offen', from: '2026-06-01', to: '2026-06-10' });
  const wave = { surveyId: SURVEY, name: 'versiegelt', from: '2026-06-11', to: '2026-06-20' };
  sealed = (await t.store.addWave({ ...wave, sealed: true })).id;
  const v = t.version;
  await send(
    t,
    [5, 4, 4, 3, 5, 2].map((overall) => answerSet(v, '2026-06-05', { overall })),
  );
  // Rows on the sealed wave's days that bypassed the intake: what the opening will have added.
  await t.store.saveBatch(
    batchOf(
      [1, 2, 3, 4, 5].map((o) => answerSet(v, '2026-06-15', { overall: o, improve: MARKER })),
    ),
  );
  const key = await sealWave(t.store, sealed);
  const seal = (n: number, office: string) =>
    sealedBatch(
      Array.from({ length: n }, (_, i) => answerSet(v, `2026-06-1${1 + (i % 9)}`, {}, { office })),
      key,
    );
  expect((await postBatch(t, await seal(7, OFFICE))).status).toBe(201);
  const other = await registerKiosk(t.store, OTHER);
  expect((await postBatch(t, await seal(3, OTHER), { token: other.token })).status).toBe(201);
  cookie = await login(t);
}, 60_000);
afterAll(() => t.close());

const summary = (wave: number, query = '') =>
  getJson<ResultsSummary>(t, `/api/v1/results/summary?wave=${wave}${query}`, cookie);

describe('a sealed wave before its opening', () => {
  it('shows only how many answers its urn holds, per office and in total', async () => {
    const s = await summary(sealed);
    expect(s.urn).toEqual({
      total: 10,
      offices: [
        { office: OTHER, n: 3 },
        { office: OFFICE, n: 7 },
      ],
    });
    expect(s).toMatchObject({ n: 0, suppressed: true, flagged: 0, perDay: [], questions: [] });
    expect(s).toMatchObject({ texts: [], crossTab: null, comparison: { rows: [] } });
    expect(JSON.stringify(s)).not.toContain(MARKER);
  });

  it('shows the same, for one office, whatever the filter', async () => {
    for (const query of [
      `&office=${encodeURIComponent(OFFICE)}`,
      `&office=${encodeURIComponent(OFFICE)}&group=passport&flagged=include`,
    ]) {
      const s = await summary(sealed, query);
      expect(s.urn).toEqual({ total: 7, offices: [{ office: OFFICE, n: 7 }] });
      expect(s).toMatchObject({ n: 0, perDay: [], questions: [], texts: [] });
    }
  });

  it('is left out of the comparison of the other waves', async () => {
    const s = await summary(open);
    expect(s.n).toBe(6);
    const row = s.comparison.rows.find((r) => r.wave.id === sealed);
    expect(row).toMatchObject({ n: null, shut: true });
    expect(Object.values(row?.questions ?? {}).every((q) => q === null)).toBe(true);
    expect(JSON.stringify(s)).not.toContain(MARKER);
  });

  it('cannot be exported (CSV or JSON)', async () => {
    for (const format of ['csv', 'json']) {
      const res = await t.app.request(
        `/api/v1/results/export?wave=${sealed}&format=${format}&flagged=include`,
        { headers: { Cookie: cookie } },
      );
      expect(res.status).toBe(422);
      const text = await res.text();
      expect(JSON.parse(text).error).toMatch(/Urne dieser Welle ist noch verschlossen/);
      expect(text).not.toContain(MARKER);
    }
  });

  it('shows its results as any wave once the urn has been opened', async () => {
    await t.sql(
      `INSERT INTO urn_openings (wave_id, opened_at, holders, received, valid, invalid, duplicates,
       ciphertext_sha256) VALUES (?, '2026-06-22T10:00:00Z', '[]', 10, 10, 0, 0, '')`,
      [sealed],
    );
    const s = await summary(sealed);
    expect(s.urn).toBeUndefined();
    expect(s).toMatchObject({ n: 5, suppressed: false });
    expect(JSON.stringify(s.texts)).toContain(MARKER);
    const res = await t.app.request(`/api/v1/results/export?wave=${sealed}&format=json`, {
      headers: { Cookie: cookie },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).Zeilen).toHaveLength(5);
    // Free texts are their own file, no longer in the rows.
    const texts = await t.app.request(
      `/api/v1/results/export?wave=${sealed}&format=json&part=texts`,
      { headers: { Cookie: cookie } },
    );
    expect(await texts.text()).toContain(MARKER);
  });
});
