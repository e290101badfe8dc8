import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleAnswerSet, seededRandom } from '../../scripts/sample-answers.ts';
import { createCountKeeper } from '../../src/server/store/results-counts.ts';
import type { ServerStore } from '../../src/server/store/server-store.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import type { SurveyDefinition } from '../../src/shared/survey-schema.ts';
import { batchOf, makeTempDir } from './fixtures.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.remove());

// The default questionnaire (scale, single, yes/partly/no, an optional scale shown only with
// children, free text) plus a multiple choice, so every question type is answered or skipped.
const survey: SurveyDefinition = {
  ...buergerbueroSurvey,
  id: 'counts_check',
  questions: [
    ...buergerbueroSurvey.questions,
    {
      id: 'channels',
      type: 'multi',
      required: false,
      title: { de: 'Wie haben Sie uns gefunden?' },
      options: ['web', 'friends', 'letter', 'sign'].map((id) => ({ id, label: { de: id } })),
    },
  ],
};
const VERSION = '0123456789abcdef';
const OFFICES = ['Bürgerbüro Lünen', 'Bürgerbüro Brambauer', 'Horstmar "Mitte"'];

function generate(count: number, seed: number): AnswerSet[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    sampleAnswerSet(survey, VERSION, OFFICES[i % 3] ?? '', `2026-06-${10 + (i % 7)}`, random),
  );
}

// Oddities the sample never produces: no reason at all, a reason that is a number, a repeated
// option, texts with quotes, a line break, a NUL and an emoji.
const ODD: AnswerSet[] = [
  { surveyId: survey.id, surveyVersion: VERSION, office: 'A', day: '2026-06-11', answers: {} },
  {
    surveyId: survey.id,
    surveyVersion: VERSION,
    office: 'A',
    day: '2026-06-11',
    flagged: true,
    answers: { reason: 3, channels: ['web', 'web'], improve: 'Sag "Hallo"\nund\u0000tschüss 👋' },
  },
  {
    surveyId: survey.id,
    surveyVersion: VERSION,
    office: 'A',
    day: '2026-06-11',
    answers: { channels: ['sign'], improve: '' },
  },
];

async function save(store: ServerStore, sets: readonly AnswerSet[]): Promise<void> {
  for (let i = 0; i < sets.length; i += 200) {
    const answerSets = sets.slice(i, i + 200);
    await store.saveBatch(batchOf(answerSets));
  }
}

interface AnswerCountsRow {
  survey_id: string;
  day: string;
  office: string;
  flagged: number;
  grp: string;
  question: string;
  value: string;
  n: number;
}

/** The oracle: answer_counts as its definition says, reduced from the raw rows in plain JS. */
function expectedCounts(path: string): AnswerCountsRow[] {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT survey_id, day, office, flagged, answers FROM answer_sets').all();
  db.close();
  const counts = new Map<string, AnswerCountsRow>();
  const bump = (
    base: Omit<AnswerCountsRow, 'question' | 'value' | 'n'>,
    question: string,
    value: string,
  ) => {
    const key = JSON.stringify([...Object.values(base), question, value]);
    const hit = counts.get(key) ?? { ...base, question, value, n: 0 };
    hit.n += 1;
    counts.set(key, hit);
  };
  for (const row of rows as (Omit<AnswerCountsRow, 'grp' | 'question' | 'value' | 'n'> & {
    answers: string;
  })[]) {
    const answers = JSON.parse(row.answers) as Record<string, unknown>;
    const reason = answers.reason;
    const grp = typeof reason === 'string' || typeof reason === 'number' ? String(reason) : '';
    const { answers: _, ...rest } = row;
    const base = { ...rest, grp };
    bump(base, '', '');
    for (const [question, value] of Object.entries(answers)) {
      if (!Array.isArray(value)) bump(base, question, String(value));
      else {
        bump(base, question, '');
        for (const option of value) bump(base, question, String(option));
      }
    }
  }
  return sortCounts([...counts.values()]);
}

const sortCounts = (rows: AnswerCountsRow[]) =>
  rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

function storedCounts(path: string): AnswerCountsRow[] {
  const db = new Database(path, { readonly: true });
  try {
    return sortCounts(db.prepare('SELECT * FROM answer_counts').all() as AnswerCountsRow[]);
  } finally {
    db.close();
  }
}

describe('answer_counts filled in SQL', () => {
  it('equals an independent count of the raw rows, for every question type, in chunks and at once', async () => {
    const path = join(temp.dir, 'equal.db');
    const store = openSqliteStore(path);
    await save(store, [...generate(900, 11), ...ODD]);
    const filter = { surveyId: survey.id, from: '2026-06-01', to: '2026-06-30' };
    await store.countPerDay({ ...filter, includeFlagged: true }); // the store's own catch-up
    await store.close();

    const expected = expectedCounts(path);
    // The data covers what it claims to: each type answered, optional ones skipped, flags, offices.
    const questions = new Set(expected.map((c) => c.question));
    for (const q of survey.questions) expect(questions, q.id).toContain(q.id);
    const sets = expected.filter((c) => c.question === '').reduce((s, c) => s + c.n, 0);
    const answered = (q: string) =>
      expected.filter((c) => c.question === q && c.value !== '').reduce((s, c) => s + c.n, 0);
    expect(answered('play_corner')).toBeLessThan(sets);
    expect(answered('improve')).toBeLessThan(sets / 2);
    expect(
      expected.filter((c) => c.question === 'channels' && c.value === '').length,
    ).toBeGreaterThan(0);
    expect(new Set(expected.map((c) => c.flagged))).toEqual(new Set([0, 1]));
    expect(new Set(expected.map((c) => c.office)).size).toBe(4);
    expect(new Set(expected.map((c) => c.day)).size).toBe(7);
    expect(expected).toContainEqual(expect.objectContaining({ grp: '', question: '' }));
    expect(expected).toContainEqual(
      expect.objectContaining({ grp: '3', question: 'channels', value: 'web', n: 2 }),
    );
    expect(expected).toContainEqual(
      expect.objectContaining({ question: 'improve', value: 'Sag "Hallo"\nund\u0000tschüss 👋' }),
    );

    expect(storedCounts(path)).toEqual(expected);

    // Small chunks, so chunk borders fall everywhere; two catch-ups and a recount racing.
    const db = new Database(path);
    const keeper = createCountKeeper(db, 7);
    expect(await keeper.recount()).toBe(sets);
    expect(storedCounts(path)).toEqual(expected);
    db.prepare('DELETE FROM answer_counts').run();
    db.prepare('INSERT INTO answer_sets_uncounted (id) SELECT rowid FROM answer_sets').run();
    const [, , total] = await Promise.all([keeper.catchUp(), keeper.catchUp(), keeper.recount()]);
    expect(total).toBe(sets);
    expect(storedCounts(path)).toEqual(expected);
    db.close();
  });

  it('counts only the rows not counted yet, and lets the event loop run between chunks', async () => {
    const path = join(temp.dir, 'incremental.db');
    const store = openSqliteStore(path);
    await save(store, generate(300, 12));
    await store.close();
    const db = new Database(path);
    const keeper = createCountKeeper(db, 10);
    await keeper.catchUp();
    const first = storedCounts(path);
    expect(first).toEqual(expectedCounts(path));
    // A catch-up with nothing to count must not leave its settled promise behind for later callers.
    await keeper.catchUp();

    const more = openSqliteStore(path);
    await save(more, [...generate(200, 13), ...ODD]);
    await more.close();
    const uncounted = () =>
      (db.prepare('SELECT COUNT(*) AS n FROM answer_sets_uncounted').get() as { n: number }).n;
    expect(uncounted()).toBe(203);
    const seen: number[] = [];
    const counting = keeper.catchUp();
    setImmediate(() => seen.push(uncounted()));
    await counting;
    // Another callback ran while the new rows were being counted, not before or after.
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(203);
    expect(uncounted()).toBe(0);
    expect(storedCounts(path)).toEqual(expectedCounts(path));
    db.close();
  });
});
