import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerKiosk } from '../../src/server/tokens.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import {
  MERGED_GROUP,
  MERGED_OFFICE,
  type OfficeComparison,
  type ResultsOptions,
  type ResultsSummary,
} from '../../src/shared/results/results-model.ts';
import { OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import { answerSet, getJson, login, prepareEvaluation, SURVEY, send } from './results-fixtures.ts';

/**
 * The hostile evaluator of issue 12, with a login, curl and a spreadsheet. The wave holds a small
 * office (Klein, 2 sets) beside another small one (Nord, 3: together "andere Standorte"), a rare
 * reason (certificate of good conduct, 4: alone, so withheld), a conditional question answered
 * twice in one week and by 2 of another office (the play corner), a free-text question answered
 * 3 times at one office and twice at another, a rare language, a day with a single answer, and
 * 1–4 flagged sets; a wave the year before holds an office with 3 sets. Every view the API offers
 * is fetched (both waves, every office, reason and flag setting, summary, comparison, export and
 * the offices side by side), and the suite fails when
 *   - a number 1–4 appears for a group (a selection, a cross-tab row, a day, a question's n or
 *     how many it was shown to, a listed text's count, the flagged count, an export's rows or an
 *     export row's class of office, period and quasi-identifying answers), or
 *   - any two views, one inside the other, differ by 1–4 (in total, per period, per reason row,
 *     per question), or
 *   - the comparison shows another wave other than that wave's own page does, or
 *   - a column of the office comparison differs from that office's own page.
 */
const MITTE = 'Bürgerbüro Mitte';
const KLEIN = 'Bürgerbüro Klein';
const NORD = 'Bürgerbüro Nord';
const OFFICES = [OFFICE, MITTE, KLEIN, NORD];
const REASONS = ['passport', 'id_card', 'address', 'good_conduct', 'certification', 'other'];
const DAYS = ['2026-06-22', '2026-06-23', '2026-06-24', '2026-06-29', '2026-06-30'];
const LONELY_DAY = '2026-07-02';
const LAST_YEAR = ['2025-06-23', '2025-06-24'];

let t: TestApp;
let wave: number;
let lastYear: number;
let cookie: string;

function seed(): AnswerSet[] {
  const v = t.version;
  const sets: AnswerSet[] = [];
  const add = (office: string, day: string, answers: object, flagged = false) =>
    sets.push(answerSet(v, day, answers as never, { office, ...(flagged ? { flagged } : {}) }));
  // The big offices: 5 passport and 5 address visits a day at Lünen, 5 id-card ones at Mitte.
  for (const day of DAYS) {
    for (let i = 0; i < 5; i++) {
      add(OFFICE, day, { reason: 'passport', overall: 1 + (i % 5) });
      add(OFFICE, day, { reason: 'address', overall: 1 + ((i + 2) % 5) });
      add(MITTE, day, { reason: 'id_card', overall: 1 + ((i + 1) % 5) });
    }
  }
  add(KLEIN, DAYS[0] ?? '', {
    reason: 'passport',
    improve: 'Frau K. am Schalter 3 war unverschämt',
  });
  add(KLEIN, DAYS[1] ?? '', { reason: 'passport' });
  for (let i = 0; i < 3; i++) add(NORD, DAYS[2] ?? '', { reason: 'passport' });
  for (let i = 0; i < 4; i++) add(OFFICE, DAYS[3] ?? '', { reason: 'good_conduct' });
  for (let i = 0; i < 2; i++) {
    add(OFFICE, DAYS[4] ?? '', { reason: 'passport', with_children: 'yes', play_corner: 1 + i });
  }
  // The play corner again: 5 more parents at Lünen (7 there) and 2 at Mitte, so the wave's 9
  // minus Lünen's 7 would be Mitte's 2 parents' answers.
  for (let i = 0; i < 5; i++) {
    add(OFFICE, DAYS[0] ?? '', { reason: 'passport', with_children: 'yes', play_corner: 4 });
  }
  for (let i = 0; i < 2; i++) {
    add(MITTE, DAYS[1] ?? '', { reason: 'id_card', with_children: 'yes', play_corner: 1 });
  }
  // Remarks: 3 at Lünen, 2 at Mitte (and Klein's one above).
  for (const improve of ['Mehr Sitzplätze', 'Längere Öffnungszeiten', 'Kürzere Wartezeit']) {
    add(OFFICE, DAYS[2] ?? '', { reason: 'address', improve });
  }
  for (const improve of ['Schneller bitte', 'Бiльше мiсць']) {
    add(MITTE, DAYS[2] ?? '', { reason: 'id_card', improve });
  }
  // One tap on the welcome and nothing more: 7 at Lünen (on two days), 6 at Mitte, and 2 flagged
  // at Lünen, so flagged included minus excluded would be those 2 one-tap sets.
  for (let i = 0; i < 13; i++) {
    const office = i < 7 ? OFFICE : MITTE;
    sets.push({
      surveyId: SURVEY,
      surveyVersion: v,
      office,
      day: DAYS[i % 2] ?? '',
      answers: { overall: 1 + (i % 5) },
    });
  }
  for (let i = 0; i < 2; i++) {
    const answers = { overall: 5 };
    sets.push({ ...answerSet(v, DAYS[0] ?? '', {}), answers, flagged: true });
  }
  // A rare language: two visitors answered in Ukrainian.
  for (let i = 0; i < 2; i++) add(MITTE, DAYS[3] ?? '', { reason: 'id_card', language: 'uk' });
  add(MITTE, LONELY_DAY, { reason: 'id_card', overall: 1 });
  for (let i = 0; i < 3; i++) add(OFFICE, DAYS[0] ?? '', { reason: 'passport' }, true);
  // The year before: Lünen as usual, Mitte with 3 sets only.
  for (const day of LAST_YEAR) {
    for (let i = 0; i < 8; i++) add(OFFICE, day, { reason: 'passport', overall: 1 + (i % 5) });
  }
  for (let i = 0; i < 3; i++) add(MITTE, LAST_YEAR[0] ?? '', { reason: 'id_card', overall: 2 });
  return sets;
}

beforeAll(async () => {
  t = await openTestApp();
  wave = await prepareEvaluation(t, { name: 'Angriff', from: '2026-06-22', to: '2026-07-05' });
  const before = { surveyId: SURVEY, name: 'Vorjahr', sealed: false };
  lastYear = (await t.store.addWave({ ...before, from: '2025-06-22', to: '2025-07-05' })).id;
  const tokens: Record<string, string> = { [OFFICE]: t.token };
  for (const o of [MITTE, KLEIN, NORD]) tokens[o] = (await registerKiosk(t.store, o)).token;
  const sets = seed();
  for (const office of OFFICES) {
    await send(
      t,
      sets.filter((s) => s.office === office),
      tokens[office],
    );
  }
  cookie = await login(t);
}, 60_000);
afterAll(() => t.close());

type View = { office?: string; group?: string; flagged: boolean };
const name = (v: View) => `${v.office ?? '*'}|${v.group ?? '*'}|${v.flagged ? 'F' : '-'}`;
const smallOffices = [KLEIN, NORD];
/** Whether view `inner` selects only what `outer` selects (by its filters). */
function inside(inner: View, outer: View): boolean {
  const office =
    outer.office === undefined ||
    outer.office === inner.office ||
    (outer.office === MERGED_OFFICE && smallOffices.includes(inner.office ?? ''));
  const group = outer.group === undefined || outer.group === inner.group;
  return office && group && (outer.flagged || !inner.flagged);
}

interface Shown {
  view: View;
  n: number;
  /** Answers per period of the chart (always without flagged sets). */
  periods?: Map<string, number>;
  /** How many answered each question whose figures are shown. */
  questions?: Map<string, number>;
}

const isSmall = (n: unknown) => typeof n === 'number' && n >= 1 && n <= 4;

/** The quasi-identifying columns of an export row: what someone who saw the visitor knows. */
const IDENTIFYING = [
  'Zeitraum',
  'Standort',
  'Weshalb waren Sie heute bei uns?',
  'Wie kam Ihr Besuch zustande?',
  'Sind Sie heute mit Kindern gekommen?',
];

/**
 * Whether two export rows could be the same visitor to someone who knows the visitor's office,
 * day, reason and so on: every identifying cell equal, or "*" (any value), or the whole wave
 * (any of its weeks) on either side.
 */
function couldBeSame(a: Record<string, string>, b: Record<string, string>): boolean {
  return IDENTIFYING.every((c) => {
    const [x, y] = [a[c], b[c]];
    if (x === y || x === '*' || y === '*') return true;
    return c === 'Zeitraum' && (x?.includes(' bis ') || y?.includes(' bis '));
  });
}

interface Fetched {
  shown: Shown[];
  small: string[];
  texts: string[];
  /** Every summary by its view's name. */
  summaries: Map<string, ResultsSummary>;
  /** Columns of the office comparison that differ from their office's own page. */
  columns: string[];
  /** How many columns of the office comparison showed figures. */
  compared: number;
}

async function fetchAll(waveId: number): Promise<Fetched> {
  const options = await getJson<ResultsOptions>(t, '/api/v1/results/options', cookie);
  const shown: Shown[] = [];
  const small: string[] = [];
  const texts: string[] = [];
  const summaries = new Map<string, ResultsSummary>();
  const columns: string[] = [];
  let compared = 0;
  const offices = [undefined, ...new Set([...options.offices, ...OFFICES, MERGED_OFFICE])];
  const groups = [undefined, ...REASONS, MERGED_GROUP];
  for (const office of offices) {
    for (const group of groups) {
      for (const flagged of [false, true]) {
        const q = new URLSearchParams({ wave: String(waveId) });
        if (office) q.set('office', office);
        if (group) q.set('group', group);
        if (flagged) q.set('flagged', 'include');
        const s = await getJson<ResultsSummary>(t, `/api/v1/results/summary?${q}`, cookie);
        const at = name({ office, group, flagged });
        summaries.set(at, s);
        if (s.suppressed) {
          if (s.n !== undefined) small.push(`${at}: suppressed, yet n = ${s.n}`);
          continue;
        }
        const view = { office, group, flagged: s.includeFlagged };
        if (isSmall(s.n)) small.push(`${at}: n = ${s.n}`);
        if (isSmall(s.flagged)) small.push(`${at}: flagged = ${s.flagged}`);
        for (const p of s.perDay) if (isSmall(p.n)) small.push(`${at}: ${p.from}–${p.to} = ${p.n}`);
        const questions = new Map<string, number>();
        for (const qr of s.questions) {
          if (isSmall(qr.shownTo)) small.push(`${at}: question ${qr.id} shown to ${qr.shownTo}`);
          if (qr.hidden) continue;
          if (isSmall(qr.n)) small.push(`${at}: question ${qr.id} n = ${qr.n}`);
          questions.set(qr.id, qr.n);
        }
        // How many gave only the overall answer is a count like a question's.
        if (isSmall(s.onlyOverall)) small.push(`${at}: only overall = ${s.onlyOverall}`);
        if (typeof s.onlyOverall === 'number') questions.set('only overall', s.onlyOverall);
        for (const r of s.crossTab?.rows ?? []) {
          if (isSmall(r.n)) small.push(`${at}: cross-tab ${r.value} = ${r.n}`);
          if (r.n !== null) {
            const rowFlags = s.includeFlagged && !s.crossTab?.withoutFlagged;
            shown.push({ view: { office, group: r.value, flagged: rowFlags }, n: r.n });
          }
        }
        for (const c of s.comparison.rows) {
          if (isSmall(c.n)) small.push(`${at}: comparison ${c.n}`);
          // Each question's n in the comparison (for the test of a change) is a count too.
          for (const [id, cell] of Object.entries(c.questions)) {
            if (cell && isSmall(cell.n)) small.push(`${at}: comparison ${id} n = ${cell.n}`);
          }
        }
        for (const l of s.texts) {
          const listed = l.items.reduce((sum, i) => sum + i.count, 0);
          if (!l.more && isSmall(listed)) small.push(`${at}: ${listed} texts for ${l.questionId}`);
          for (const i of l.items) texts.push(i.text);
        }
        const periods = new Map(s.perDay.map((p) => [`${p.from}/${p.to}`, p.n]));
        shown.push({ view, n: s.n ?? 0, questions });
        shown.push({ view: { ...view, flagged: false }, n: -1, periods });
        // The export of the same view: its rows are a view too, and so are its rows per office.
        const res = await t.app.request(`/api/v1/results/export?${q}&format=json`, {
          headers: { Cookie: cookie },
        });
        if (res.status !== 200) {
          small.push(`${at}: the page shows it, the export refuses it (${res.status})`);
          continue;
        }
        const file = (await res.json()) as { Zeilen: Record<string, string>[] };
        if (isSmall(file.Zeilen.length)) small.push(`${at}: export rows = ${file.Zeilen.length}`);
        shown.push({ view, n: file.Zeilen.length });
        const perOffice = new Map<string, number>();
        for (const r of file.Zeilen) {
          const o = r.Standort ?? '';
          if (o !== '*') perOffice.set(o, (perOffice.get(o) ?? 0) + 1);
          const alike = file.Zeilen.filter((other) => couldBeSame(r, other)).length;
          const key = IDENTIFYING.map((c) => r[c]).join(' | ');
          if (isSmall(alike)) small.push(`${at}: ${alike} rows could be ${key}`);
        }
        for (const [o, n] of perOffice) {
          // Rows named by office are a view of that office only where it is shown by name.
          if (o !== MERGED_OFFICE && !office) shown.push({ view: { ...view, office: o }, n });
          if (isSmall(n) && o !== '*') small.push(`${at}: export rows of ${o} = ${n}`);
        }
      }
    }
  }
  // The offices side by side, per reason and flag setting: each column is one more view.
  for (const group of groups) {
    for (const flagged of [false, true]) {
      const q = new URLSearchParams({ wave: String(waveId) });
      if (group) q.set('group', group);
      if (flagged) q.set('flagged', 'include');
      const c = await getJson<OfficeComparison>(t, `/api/v1/results/offices?${q}`, cookie);
      for (const column of c.offices) {
        const at = `offices ${name({ office: column.office, group, flagged })}`;
        const own = summaries.get(name({ office: column.office, group, flagged }));
        if (column.n === null) {
          if (!own?.suppressed) columns.push(`${at}: empty, its page shows it`);
          continue;
        }
        if (own?.suppressed !== false || own.n !== column.n) {
          columns.push(`${at}: n ${column.n}, its page ${own?.suppressed ? 'nothing' : own?.n}`);
        }
        if (isSmall(column.n)) small.push(`${at}: n = ${column.n}`);
        const questions = new Map<string, number>();
        for (const [id, figures] of Object.entries(column.questions)) {
          const page = own?.questions.find((x) => x.id === id);
          if (figures.hidden !== page?.hidden || figures.n !== page?.n) {
            columns.push(`${at}: question ${id} n ${figures.n}, its page ${page?.n}`);
          }
          if (figures.hidden) continue;
          if (isSmall(figures.n)) small.push(`${at}: question ${id} n = ${figures.n}`);
          questions.set(id, figures.n);
        }
        const view = { office: column.office, group, flagged: flagged && !column.flaggedWithheld };
        shown.push({ view, n: column.n, questions });
        compared++;
      }
    }
  }
  return { shown, small, texts, summaries, columns, compared };
}

/** Pairs of views, one inside the other, whose totals, periods or questions differ by 1–4. */
function differences(shown: Shown[]): string[] {
  const leaks: string[] = [];
  for (const a of shown) {
    for (const b of shown) {
      if (a === b || !inside(b.view, a.view)) continue;
      if (a.n >= 0 && b.n >= 0 && isSmall(a.n - b.n)) {
        leaks.push(`${name(a.view)} (${a.n}) − ${name(b.view)} (${b.n})`);
      }
      if (a.periods && b.periods) {
        for (const [p, n] of a.periods) {
          const d = n - (b.periods.get(p) ?? 0);
          if (isSmall(d)) leaks.push(`${name(a.view)} − ${name(b.view)} on ${p}: ${d}`);
        }
      }
      for (const [id, n] of a.questions ?? []) {
        const other = b.questions?.get(id);
        if (other !== undefined && isSmall(n - other)) {
          leaks.push(`${name(a.view)} − ${name(b.view)}, question ${id}: ${n - other}`);
        }
      }
    }
  }
  return leaks;
}

describe('the attacker suite (issue 12)', () => {
  let result: Fetched;
  let before: Fetched;
  beforeAll(async () => {
    result = await fetchAll(wave);
    before = await fetchAll(lastYear);
  }, 240_000);

  it('has something to attack: the wave, both big offices and "andere Standorte" are shown', () => {
    const names = new Set(result.shown.map((s) => name(s.view)));
    for (const o of ['*', OFFICE, MITTE, MERGED_OFFICE]) expect(names).toContain(`${o}|*|-`);
    // The play corner and the remarks are shown for the whole wave and hidden for one office.
    const whole = result.summaries.get('*|*|-');
    const lunen = result.summaries.get(`${OFFICE}|*|-`);
    expect(whole?.onlyOverall).toBe(13);
    for (const id of ['play_corner', 'improve']) {
      expect(whole?.questions.find((q) => q.id === id)?.hidden).toBeUndefined();
      expect(lunen?.questions.find((q) => q.id === id)?.hidden).toBe(true);
    }
    expect(lunen?.texts.find((l) => l.questionId === 'improve')?.items).toEqual([]);
  });

  it('would see a leak: two views one inside the other that differ by 3', () => {
    const whole: Shown = { view: { flagged: false }, n: 20 };
    const office: Shown = { view: { office: OFFICE, flagged: false }, n: 17 };
    expect(differences([whole, office])).toHaveLength(1);
    const asked = (n: number) => new Map([['play_corner', n]]);
    const wholeQ: Shown = { view: { flagged: false }, n: 40, questions: asked(9) };
    const officeQ: Shown = { view: { office: OFFICE, flagged: false }, n: 30, questions: asked(7) };
    expect(differences([wholeQ, officeQ])).toHaveLength(1);
    expect(result.shown.length).toBeGreaterThan(40);
  });

  it('finds no number 1–4 for any group in any view or export of either wave', () => {
    expect(result.small).toEqual([]);
    expect(before.small).toEqual([]);
  });

  it('finds no two views, one inside the other, that differ by 1–4', () => {
    expect(differences(result.shown)).toEqual([]);
    expect(differences(before.shown)).toEqual([]);
  });

  it("finds in the comparison no more of the other wave than that wave's own page shows", () => {
    const mismatches: string[] = [];
    for (const [views, other, otherId] of [
      [result, before, lastYear],
      [before, result, wave],
    ] as const) {
      for (const [at, s] of views.summaries) {
        const row = s.comparison.rows.find((r) => r.wave.id === otherId);
        const own = other.summaries.get(at);
        if (!row || !own) {
          mismatches.push(`${at}: no row or page for wave ${otherId}`);
          continue;
        }
        const ownN = own.suppressed ? null : (own.n ?? null);
        if (row.n !== ownN) mismatches.push(`${at}: comparison n ${row.n}, page n ${ownN}`);
        for (const [id, figures] of Object.entries(row.questions)) {
          const q = own.questions.find((x) => x.id === id);
          if (figures !== null && (own.suppressed || q?.hidden)) {
            mismatches.push(`${at}: comparison shows ${id}, the page hides it`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("finds in the office comparison exactly what each office's own page shows", () => {
    expect(result.compared).toBeGreaterThan(10);
    expect(result.columns).toEqual([]);
    expect(before.columns).toEqual([]);
  });

  it('never shows a text of a withheld office, nor a name after "Frau", nor mangles Cyrillic', () => {
    const all = result.texts.join('\n');
    expect(all).not.toContain('Frau K.');
    expect(all).toContain('Бiльше мiсць');
  });
});
