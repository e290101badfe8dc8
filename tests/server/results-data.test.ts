import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerKiosk } from '../../src/server/tokens.ts';
import type { ResultsSummary } from '../../src/shared/results/results-model.ts';
import { openTestApp, type TestApp } from './fixtures.ts';
import { answerSet, getJson, login, prepareEvaluation, send } from './results-fixtures.ts';

let t: TestApp;
let wave: number;
let cookie: string;

// Hand-made data: 6 passport visits in the wave with overall 5,5,4,4,3,1 (mean 22/6, top two
// 4 of 6), 5 of them with a remark, 3 id-card visits (a group under 5), 1 flagged set, and sets on
// the days just outside.
const TEXTS = [
  '=HYPERLINK("http://x")',
  'Mehr Sitzplätze',
  'Mehr Sitzplätze',
  'Kürzere Wartezeiten',
  'Alles bestens',
];
beforeAll(async () => {
  t = await openTestApp();
  wave = await prepareEvaluation(t);
  const v = t.version;
  const overall = [5, 5, 4, 4, 3, 1];
  await send(t, [
    ...overall.map((o, i) =>
      answerSet(v, i < 3 ? '2026-06-18' : '2026-07-14', {
        overall: o,
        improve: TEXTS[i],
      } as never),
    ),
    ...[2, 2, 2].map((o) => answerSet(v, '2026-06-20', { reason: 'id_card', overall: o })),
    answerSet(v, '2026-06-20', { overall: 1 }, { flagged: true }),
    answerSet(v, '2026-06-17', { overall: 1 }),
    answerSet(v, '2026-07-15', { overall: 1 }),
  ]);
  const other = await registerKiosk(t.store, 'Bürgerbüro Brambauer');
  await send(
    t,
    [answerSet(v, '2026-06-19', { overall: 5 }, { office: 'Bürgerbüro Brambauer' })],
    other.token,
  );
  cookie = await login(t);
}, 60_000);
afterAll(() => t.close());

const summary = (query = '') =>
  getJson<ResultsSummary>(t, `/api/v1/results/summary?wave=${wave}${query}`, cookie);

describe('results summary', () => {
  it('counts the answer sets of the wave by their day (first and last day inclusive)', async () => {
    const s = await summary();
    // 6 passport; the flagged one and the two outside days are out, and so are the 3 id-card
    // visits and Brambauer's 1: even merged, each would be a group of 1–4 (released.ts).
    expect(s.n).toBe(6);
    expect(s.withheld).toBe('<5');
    // 1 flagged set: a count of 1–4 leaves the server only as "<5".
    expect(s.flagged).toBe('<5');
    // Days with 1–4 answers of an office or reason merge into their week, and a week still that
    // small into the next or previous one: here the whole wave is one bar.
    expect(s.perDay).toEqual([{ from: '2026-06-18', to: '2026-07-14', n: 6 }]);
    // One flagged set: including it would reveal it by difference, so the numbers stay as above.
    const withFlagged = await summary('&flagged=include');
    expect(withFlagged).toMatchObject({ n: 6, includeFlagged: false, flaggedWithheld: true });
  });

  it('computes counts, shares, mean and top-two with intervals from the counts', async () => {
    const s = await summary();
    expect(s.n).toBe(6);
    const overall = s.questions.find((q) => q.id === 'overall');
    // 5,5,4,4,3,1 (passport); id card and Brambauer are withheld
    expect(overall?.options.map((o) => [o.value, o.count])).toEqual([
      ['5', 2],
      ['4', 2],
      ['3', 1],
      ['2', 0],
      ['1', 1],
    ]);
    expect(overall?.n).toBe(6);
    expect(overall?.mean?.value).toBeCloseTo(22 / 6, 10);
    expect(overall?.topTwo?.value).toBeCloseTo(4 / 6, 10);
    // Wilson for 4 of 6
    expect(overall?.topTwo?.low).toBeCloseTo(0.3, 3);
    expect(overall?.topTwo?.high).toBeCloseTo(0.9032, 3);
    const improve = s.questions.find((q) => q.id === 'improve');
    expect(improve).toMatchObject({ n: 5, shownTo: 6, required: false });
    expect(improve?.hidden).toBeUndefined();
    const play = s.questions.find((q) => q.id === 'play_corner');
    expect(play).toMatchObject({ n: 0, shownTo: 0 });
  });

  it('hides breakdown groups under 5 answer sets and whole selections under 5', async () => {
    const s = await summary();
    const rows = Object.fromEntries(s.crossTab?.rows.map((r) => [r.value, r]) ?? []);
    // id card (3) is withheld from every figure, so passport is the whole and can be shown.
    expect(rows.id_card).toBeUndefined();
    expect(rows.passport).toMatchObject({ n: 6 });
    const small = await summary('&group=id_card');
    expect(small).toMatchObject({ suppressed: true, questions: [], texts: [], perDay: [] });
    // The count of a suppressed selection never leaves the server.
    expect(small.n).toBeUndefined();
    expect(JSON.stringify(small)).not.toMatch(/"count"|"mean"|"means"/);
    const office = await summary('&office=B%C3%BCrgerb%C3%BCro%20Brambauer');
    expect(office.suppressed).toBe(true);
    expect(office.comparison.rows.every((c) => c.n === null)).toBe(true);
  });

  it('lists free texts as stored (escaping is the page’s job) and compares waves', async () => {
    const s = await summary();
    expect(s.texts[0]?.items).toEqual([
      { text: '=HYPERLINK("http://x")', count: 1 },
      { text: 'Alles bestens', count: 1 },
      { text: 'Kürzere Wartezeiten', count: 1 },
      { text: 'Mehr Sitzplätze', count: 2 },
    ]);
    expect(s.comparison.rows).toHaveLength(1);
    expect(s.comparison.rows[0]?.questions.overall?.mean).toBeCloseTo(22 / 6, 10);
    expect(s.comparison).toMatchObject({ selected: wave, previous: null });
  });

  it('answers 400 for a missing wave and 404 for an unknown one', async () => {
    const none = await t.app.request('/api/v1/results/summary', { headers: { Cookie: cookie } });
    expect(none.status).toBe(400);
    const unknown = await t.app.request('/api/v1/results/summary?wave=999', {
      headers: { Cookie: cookie },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('export', () => {
  it('CSV: BOM, German headers, neutralised formula cell, quoted per RFC 4180', async () => {
    const res = await t.app.request(`/api/v1/results/export?wave=${wave}&format=csv`, {
      headers: { Cookie: cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Disposition')).toMatch(/attachment; filename="urne-.*\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // TextDecoder drops the BOM it was checked for above.
    const lines = text.split('\r\n');
    expect(lines[0]).toContain('Zeitraum,Standort,Markiert,Weshalb waren Sie heute bei uns?');
    // 6 of the 10: the single Brambauer set and the three id-card sets are groups under 5
    // whose merged label would still name them alone, so their rows are left out. The 6 are 3
    // in each of two weeks: too few per week, so each row says the whole wave instead.
    expect(lines).toHaveLength(1 + 6 + 1 + 1);
    expect(lines.slice(1, 7).every((l) => l.startsWith('2026-06-18 bis 2026-07-14,'))).toBe(true);
    expect(lines[7]).toMatch(
      /^"?Hinweis: Zeitraum als Kalenderwoche.*0 Zeilen haben „\*“ für alle/,
    );
    expect(text).not.toContain('Brambauer');
    expect(text).not.toContain('Personalausweis');
    expect(text).not.toContain('zusammengefasst');
    expect(text).toContain('Reisepass');
    // Free texts are not in the rows; they are their own file, as the page lists them.
    expect(text).not.toContain('HYPERLINK');
    const texts = await t.app.request(`/api/v1/results/export?wave=${wave}&format=csv&part=texts`, {
      headers: { Cookie: cookie },
    });
    const textsCsv = await texts.text();
    expect(textsCsv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(textsCsv).not.toMatch(/[,\n]=HYPERLINK/);
  });

  it('CSV with ; for German Excel, and JSON with the question titles as keys', async () => {
    const semi = await t.app.request(
      `/api/v1/results/export?wave=${wave}&format=csv&separator=semicolon`,
      { headers: { Cookie: cookie } },
    );
    expect((await semi.text()).split('\r\n')[0]).toContain('Zeitraum;Standort;Markiert;');
    const json = await getJson<{ Zeilen: Record<string, unknown>[]; ohneMerkmale: number }>(
      t,
      `/api/v1/results/export?wave=${wave}&format=json`,
      cookie,
    );
    expect(json.Zeilen).toHaveLength(6);
    expect(json.ohneMerkmale).toBe(0);
    expect(json.Zeilen[0]).toHaveProperty('Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?');
  });

  it('refuses to export a selection of fewer than 5 answer sets', async () => {
    const res = await t.app.request(`/api/v1/results/export?wave=${wave}&group=id_card`, {
      headers: { Cookie: cookie },
    });
    expect(res.status).toBe(422);
  });
});
