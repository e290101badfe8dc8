import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerKiosk } from '../../src/server/tokens.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import { MERGED_OFFICE, type ResultsSummary } from '../../src/shared/results/results-model.ts';
import { OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import { answerSet, getJson, login, prepareEvaluation, send } from './results-fixtures.ts';

/**
 * An attacker with a login tries every subtraction the page allows. The data is
 * built from "atoms" (office × reason × flagged), so the test knows the truth:
 * whatever the API shows is a set of atoms, and a hidden group is recoverable
 * when a shown selection minus shown, disjoint selections inside it leaves 1–4
 * answer sets.
 */
const MITTE = 'Bürgerbüro Mitte';
const BRAMBAUER = 'Bürgerbüro Brambauer';
const SUED = 'Bürgerbüro Süd';
const OFFICES = [OFFICE, MITTE, BRAMBAUER, SUED];
// Brambauer (1) and Süd (4) are shown only together, as "andere Standorte" (released.ts).
const officeOf = (office: string) =>
  office === BRAMBAUER || office === SUED ? MERGED_OFFICE : office;
const REASONS = ['passport', 'id_card', 'address'];

interface Atom {
  office: string;
  reason: string;
  flagged: boolean;
  n: number;
}
const ATOMS: Atom[] = [
  { office: OFFICE, reason: 'passport', flagged: false, n: 8 },
  { office: OFFICE, reason: 'id_card', flagged: false, n: 3 },
  { office: OFFICE, reason: 'address', flagged: false, n: 6 },
  { office: OFFICE, reason: 'passport', flagged: true, n: 2 },
  { office: MITTE, reason: 'passport', flagged: false, n: 6 },
  { office: MITTE, reason: 'address', flagged: true, n: 5 },
  { office: MITTE, reason: 'id_card', flagged: false, n: 5 },
  { office: BRAMBAUER, reason: 'passport', flagged: false, n: 1 },
  { office: SUED, reason: 'address', flagged: false, n: 4 },
];
const FLAGGED_TEXT = 'Text aus einer markierten Antwort';

let t: TestApp;
let wave: number;
let cookie: string;

beforeAll(async () => {
  t = await openTestApp();
  wave = await prepareEvaluation(t);
  const tokens: Record<string, string> = { [OFFICE]: t.token };
  for (const office of [MITTE, BRAMBAUER, SUED]) {
    tokens[office] = (await registerKiosk(t.store, office)).token;
  }
  for (const office of OFFICES) {
    const sets: AnswerSet[] = [];
    for (const a of ATOMS.filter((x) => x.office === office)) {
      for (let i = 0; i < a.n; i++) {
        const answers = { reason: a.reason, overall: 1 + ((i + a.n) % 5) } as never;
        if (a.flagged) Object.assign(answers, { improve: FLAGGED_TEXT });
        sets.push(
          answerSet(t.version, '2026-06-20', answers, {
            office,
            ...(a.flagged ? { flagged: true as const } : {}),
          }),
        );
      }
    }
    await send(t, sets, tokens[office]);
  }
  cookie = await login(t);
}, 60_000);
afterAll(() => t.close());

type View = { office?: string; group?: string; includeFlagged: boolean };
const key = (v: View) => `${v.office ?? '*'}|${v.group ?? '*'}|${v.includeFlagged}`;
// Cells of 1–4 without flags leave every figure (released.ts): Lünen's 3 id-card visits, and
// "andere Standorte" (Brambauer's passport visit, Süd's 4 address ones) altogether.
const withheld = (a: Atom) =>
  (a.office === OFFICE && a.reason === 'id_card') || officeOf(a.office) === MERGED_OFFICE;
const contains = (outer: View, a: Atom, released = true) =>
  !(released && withheld(a)) &&
  (outer.office === undefined ||
    outer.office === officeOf(a.office) ||
    (outer.office === a.office && officeOf(a.office) === a.office)) &&
  (outer.group === undefined || outer.group === a.reason) &&
  (outer.includeFlagged || !a.flagged);
const atomsOf = (v: View, released = true) =>
  ATOMS.map((a, i) => (contains(v, a, released) ? i : -1)).filter((i) => i >= 0);
const trueN = (atoms: number[]) => atoms.reduce((sum, i) => sum + (ATOMS[i]?.n ?? 0), 0);

async function summary(v: View): Promise<ResultsSummary> {
  const q = new URLSearchParams({ wave: String(wave) });
  if (v.office) q.set('office', v.office);
  if (v.group) q.set('group', v.group);
  if (v.includeFlagged) q.set('flagged', 'include');
  return getJson<ResultsSummary>(t, `/api/v1/results/summary?${q}`, cookie);
}

/** Every selection the page offers, and what each shows as atom sets with their n. */
async function shownViews(): Promise<Map<string, number[]>> {
  const shown = new Map<string, number[]>();
  for (const office of [undefined, MERGED_OFFICE, ...OFFICES]) {
    for (const group of [undefined, ...REASONS]) {
      for (const includeFlagged of [false, true]) {
        const s = await summary({ office, group, includeFlagged });
        if (s.suppressed) continue;
        const asShown: View = { office, group, includeFlagged: s.includeFlagged };
        const atoms = atomsOf(asShown);
        // What the API says matches what it covers; the flag switch only ever narrows.
        expect(s.n, key(asShown)).toBe(trueN(atoms));
        shown.set(key(asShown), atoms);
        for (const row of s.crossTab?.rows ?? []) {
          if (row.n === null) continue;
          const tabFlags = s.includeFlagged && s.crossTab?.withoutFlagged !== true;
          const cell: View = { office, group: row.value, includeFlagged: tabFlags };
          expect(row.n, key(cell)).toBe(trueN(atomsOf(cell)));
          shown.set(key(cell), atomsOf(cell));
        }
      }
    }
  }
  return shown;
}

/** Differences of a shown set minus disjoint shown subsets that leave 1–4 answer sets. */
function recoverable(shown: Map<string, number[]>): string[] {
  const leaks: string[] = [];
  const views = [...shown.entries()];
  for (const [outerKey, outer] of views) {
    const inside = views.filter(
      ([k, atoms]) => k !== outerKey && atoms.length > 0 && atoms.every((a) => outer.includes(a)),
    );
    const walk = (from: number, used: Set<number>, names: string[]) => {
      if (names.length > 0) {
        const rest = outer.filter((a) => !used.has(a));
        const n = trueN(rest);
        if (n > 0 && n < 5) leaks.push(`${outerKey} − ${names.join(' − ')} = ${n}`);
      }
      for (let i = from; i < inside.length; i++) {
        const [k, atoms] = inside[i] ?? ['', []];
        if (atoms.some((a) => used.has(a))) continue;
        walk(i + 1, new Set([...used, ...atoms]), [...names, k]);
      }
    };
    walk(0, new Set(), []);
  }
  return leaks;
}

describe('complementary suppression', () => {
  it('no hidden group can be recovered by subtracting shown selections', async () => {
    const shown = await shownViews();
    // The test must have something to attack: the whole wave and Lünen are shown.
    expect(shown.has(key({ includeFlagged: false }))).toBe(true);
    expect(shown.has(key({ office: OFFICE, includeFlagged: false }))).toBe(true);
    expect(recoverable(shown)).toEqual([]);
  });

  it('the attacker finds the leak that plain small-cell suppression would leave', () => {
    // Guard against a vacuous attacker: with Lünen's passport and address rows shown (n ≥ 5,
    // as plain suppression allows), Lünen − both is its 3 id-card sets.
    const lunen = (group?: string): View => ({ office: OFFICE, group, includeFlagged: false });
    const plain = new Map<string, number[]>(
      [lunen(), lunen('passport'), lunen('address')].map((v) => [key(v), atomsOf(v, false)]),
    );
    expect(recoverable(plain)).toHaveLength(1);
  });

  it('never shows a small office alone, nor "andere Standorte" when its cells are 1–4', async () => {
    // Brambauer and Süd merge (1 + 4), but by reason they are 1 passport and 4 address visits:
    // those cells leave every figure, so nothing of either office is left to show.
    const others = await summary({ office: MERGED_OFFICE, includeFlagged: false });
    expect(others).toMatchObject({ suppressed: true, suppressedBy: 'small' });
    const bram = await summary({ office: BRAMBAUER, includeFlagged: false });
    expect(bram).toMatchObject({ suppressed: true, suppressedBy: 'small' });
    expect(bram.n).toBeUndefined();
  });

  it('withholds office × reason cells of 1–4, so the rest can be shown by office and reason', async () => {
    // Lünen × id card (3) is gone from every figure; Lünen's other reasons are then safe.
    const s = await summary({ office: OFFICE, includeFlagged: false });
    const lunen = Object.fromEntries(s.crossTab?.rows.map((r) => [r.value, r.n]) ?? []);
    expect(lunen).toMatchObject({ passport: 8, address: 6 });
    expect(s.n).toBe(14);
    const all = await summary({ includeFlagged: false });
    const rows = Object.fromEntries(all.crossTab?.rows.map((r) => [r.value, r.n]) ?? []);
    expect(rows).toMatchObject({ passport: 14, id_card: 5, address: 6 });
  });

  it('includes flagged sets only when there are 0 or at least 5, and says so otherwise', async () => {
    const lunen = await summary({ office: OFFICE, includeFlagged: true });
    expect(lunen).toMatchObject({ flagged: '<5', includeFlagged: false, flaggedWithheld: true });
    const all = await summary({ includeFlagged: true });
    expect(all).toMatchObject({ flagged: 7, includeFlagged: true, flaggedWithheld: false, n: 32 });
  });

  it('never lists the free text of a flagged answer set, also with flagged included', async () => {
    const all = await summary({ includeFlagged: true });
    expect(all.includeFlagged).toBe(true);
    const texts = all.texts.flatMap((l) => l.items.map((i) => i.text));
    expect(texts).not.toContain(FLAGGED_TEXT);
    // It is still counted as an answer to the question (the count is no quote).
    expect(all.questions.find((q) => q.id === 'improve')?.n).toBe(7);
  });
});

describe('export of small groups', () => {
  const exportRows = async (query: string) => {
    const res = await t.app.request(`/api/v1/results/export?wave=${wave}&format=json${query}`, {
      headers: { Cookie: cookie },
    });
    const file =
      res.status === 200
        ? ((await res.json()) as { Zeilen: Record<string, unknown>[]; ohneMerkmale: number })
        : { Zeilen: [], ohneMerkmale: 0 };
    return { status: res.status, rows: file.Zeilen, bare: file.ohneMerkmale };
  };

  it('merges offices and reasons under 5 sets, and leaves out what a merge would still name', async () => {
    const { rows, bare } = await exportRows('');
    const offices = new Set(rows.map((r) => r.Standort));
    // As on the page: "andere Standorte" and Lünen's id-card visits are cells of 1–4, withheld.
    expect(offices).toEqual(new Set([OFFICE, MITTE]));
    expect(bare).toBe(0);
    // k-anonymous: every combination of the quasi-identifiers is shared by at least 5 rows.
    const classes = new Map<string, number>();
    for (const r of rows) {
      const k = JSON.stringify([
        r.Zeitraum,
        r.Standort,
        r['Weshalb waren Sie heute bei uns?'],
        r['Wie kam Ihr Besuch zustande?'],
        r['Sind Sie heute mit Kindern gekommen?'],
      ]);
      classes.set(k, (classes.get(k) ?? 0) + 1);
    }
    expect([...classes.values()].every((n) => n >= 5)).toBe(true);
    // The page's n without flagged sets, exactly.
    const page = await summary({ includeFlagged: false });
    // Generalised, never dropped: the page's n without flagged sets, exactly.
    expect(rows).toHaveLength(40 - 7 - 8);
    expect(page.n).toBe(rows.length);
  });

  it('is refused for a selection the page refuses (small or complement)', async () => {
    expect((await exportRows(`&office=${encodeURIComponent(BRAMBAUER)}`)).status).toBe(422);
    const lunenIdCard = `&office=${encodeURIComponent(OFFICE)}&group=id_card`;
    expect((await exportRows(lunenIdCard)).status).toBe(422);
  });
});
