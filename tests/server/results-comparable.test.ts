import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/shared/answer-schema.ts';
import type { ResultsSummary } from '../../src/shared/results/results-model.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import type { SurveyDefinition } from '../../src/shared/survey-schema.ts';
import { batchOf, OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import { answerSet, getJson, login, prepareEvaluation, SURVEY } from './results-fixtures.ts';

// Issue 14, point 6: a question that keeps its id is compared across waves, unless its meaning
// changed between the two waves' questionnaires and the admin never confirmed it is the same.
// 2026 runs the default questionnaire (v1). For 2027 the editor publishes v2: waiting_time
// reworded and confirmed the same, resolved reworded and given a new id (resolved_today), overall
// only retranslated. For 2028, v3 comes without the editor's question (as `survey --file` does):
// friendliness reworded, never confirmed.
const DRAFT = `/api/v1/admin/surveys/${SURVEY}/draft`;
const PUBLISH = `/api/v1/admin/surveys/${SURVEY}/publish`;

let t: TestApp;
let cookie: string;
let v2: string;
let v3: string;
const waves: Record<string, number> = {};

const post = (method: string, path: string, body: unknown) =>
  t.app.request(path, {
    method,
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

function question(s: SurveyDefinition, id: string) {
  const q = s.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

/** Five answer sets on `day` under `version` (a day to come never passes the API, so stored directly). */
const store5 = (version: string, day: string, answers: Answers) =>
  t.store.saveBatch(
    batchOf([1, 2, 3, 4, 5].map(() => ({ ...answerSet(version, day), answers: { ...answers } }))),
  );

beforeAll(async () => {
  t = await openTestApp();
  waves['2026'] = await prepareEvaluation(t, {
    name: '2026',
    from: '2026-06-01',
    to: '2026-06-30',
  });
  for (const [name, from, to] of [
    ['2027', '2027-06-01', '2027-06-30'],
    ['2028', '2028-06-01', '2028-06-30'],
  ] as const) {
    waves[name] = (await t.store.addWave({ surveyId: SURVEY, name, from, to, sealed: false })).id;
  }
  cookie = await login(t);

  const draft = structuredClone(buergerbueroSurvey) as SurveyDefinition;
  question(draft, 'waiting_time').title = {
    de: 'Wie zufrieden waren Sie heute mit der Wartezeit?',
  };
  const resolved = question(draft, 'resolved');
  resolved.id = 'resolved_today';
  resolved.title = { de: 'Wurde Ihr Anliegen heute erledigt?' };
  question(draft, 'overall').title.en = 'All in all, how satisfied are you with your visit?';
  expect((await post('PUT', DRAFT, draft)).status).toBe(200);
  const published = await post('POST', PUBLISH, {
    offices: [OFFICE],
    from: '2027-06-01',
    to: '2027-06-30',
    sameQuestions: ['waiting_time'],
  });
  expect(published.status).toBe(201);
  v2 = ((await published.json()) as { version: string }).version;

  const next = structuredClone(draft);
  question(next, 'friendliness').title = { de: 'Wie höflich waren unsere Mitarbeitenden?' };
  v3 = await surveyVersion(next);
  await t.store.addSurvey(SURVEY, v3, next);
  await t.store.addSurveyPublication({
    surveyId: SURVEY,
    version: v3,
    previousVersion: v2,
    from: '2028-06-01',
    to: '2028-06-30',
    sameQuestions: [],
  });

  const base = { reason: 'passport', arrangement: 'online_appointment', with_children: 'no' };
  const scales = { friendliness: 5, competence: 5, clarity: 4, rooms: 3, opening_hours: 3 };
  await store5(t.version, '2026-06-10', {
    ...base,
    ...scales,
    waiting_time: 2,
    overall: 3,
    resolved: 'no',
  });
  await store5(v2, '2027-06-10', {
    ...base,
    ...scales,
    waiting_time: 5,
    overall: 4,
    resolved_today: 'yes',
  });
  await store5(v3, '2028-06-10', {
    ...base,
    ...scales,
    waiting_time: 5,
    overall: 4,
    resolved_today: 'yes',
    friendliness: 1,
  });
}, 60_000);
afterAll(() => t?.close());

const comparison = async (wave: string) =>
  (await getJson<ResultsSummary>(t, `/api/v1/results/summary?wave=${waves[wave]}`, cookie))
    .comparison;

describe('comparable across waves', () => {
  it('stores the publish decision: version, the one it replaced, its days, the confirmed questions', async () => {
    expect(await t.store.listSurveyPublications(SURVEY)).toEqual([
      {
        surveyId: SURVEY,
        version: v2,
        previousVersion: t.version,
        from: '2027-06-01',
        to: '2027-06-30',
        sameQuestions: ['waiting_time'],
      },
      expect.objectContaining({ version: v3, previousVersion: v2, sameQuestions: [] }),
    ]);
  });

  it('compares a reworded question the admin confirmed, and a retranslated one without a mark', async () => {
    const c = await comparison('2027');
    expect(c.previous).toBe(waves['2026']);
    expect(c.changedQuestions).toEqual({ waiting_time: 'confirmed' });
    // Confirmed: not marked; only 2028, after another rewording, asked friendliness otherwise.
    expect(c.rows.map((r) => r.otherWording)).toEqual([undefined, undefined, ['friendliness']]);
    const [then, now] = c.rows;
    expect(then?.questions.waiting_time).toEqual({ mean: 2, topTwo: 0, n: 5 });
    expect(now?.questions.waiting_time).toEqual({ mean: 5, topTwo: 1, n: 5 });
    expect(now?.questions.overall).toEqual({ mean: 4, topTwo: 1, n: 5 });
  });

  it('shows a question given a new id as asked in one wave only', async () => {
    const c = await comparison('2027');
    const [then, now] = c.rows;
    expect(then?.notAsked).toEqual(['resolved_today']);
    expect(then?.questions.resolved_today).toBeNull();
    expect(now?.notAsked).toBeUndefined();
    expect(c.onlyPrevious).toEqual([
      { id: 'resolved', title: 'Wurde Ihr Anliegen vollständig erledigt?' },
    ]);
  });

  it('marks a question reworded without the confirmation as not comparable, and only that one', async () => {
    const c = await comparison('2028');
    expect(c.previous).toBe(waves['2027']);
    expect(c.changedQuestions).toEqual({ friendliness: 'changed' });
    // Both earlier waves asked it with the old wording: their figures are marked.
    expect(c.rows.map((r) => r.otherWording)).toEqual([
      ['friendliness'],
      ['friendliness'],
      undefined,
    ]);
    // Each wave keeps its own figures; only the change between them is withheld (on the page).
    expect(c.rows.find((r) => r.wave.name === '2028')?.questions.friendliness).toEqual({
      mean: 1,
      topTwo: 0,
      n: 5,
    });
  });

  it('leaves the first wave and a wave on the same questionnaire unmarked', async () => {
    const c = await comparison('2026');
    expect(c.previous).toBeNull();
    expect(c.changedQuestions).toBeUndefined();
  });

  it('keeps the small-group rule: a reason of fewer than 5 sets shows no figure, marked or not', async () => {
    const one = answerSet(v3, '2028-06-11');
    one.answers = { reason: 'address', arrangement: 'online_appointment', friendliness: 2 };
    await t.store.saveBatch(batchOf([one]));
    const s = await getJson<ResultsSummary>(
      t,
      `/api/v1/results/summary?wave=${waves['2028']}&group=address`,
      cookie,
    );
    expect(s.suppressed).toBe(true);
    expect(s.comparison.rows.every((r) => r.n === null)).toBe(true);
    expect(
      s.comparison.rows.every((r) => Object.values(r.questions).every((q) => q === null)),
    ).toBe(true);
    // The mark comes from the questionnaires alone, so it says nothing about the answers.
    expect(s.comparison.changedQuestions).toEqual({ friendliness: 'changed' });
  });
});
