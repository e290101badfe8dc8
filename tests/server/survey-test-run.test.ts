import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/server/enrollment-configuration.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { KIOSK_CONFIG_PATH } from '../../src/shared/enrollment-schema.ts';
import { KioskConfiguration } from '../../src/shared/kiosk-config-schema.ts';
import { KioskTestRun } from '../../src/shared/kiosk-test-schema.ts';
import type { ResultsSummary } from '../../src/shared/results/results-model.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import type { TestRunView } from '../../src/shared/survey-editor/test-run-api.ts';
import type { SurveyDefinition } from '../../src/shared/survey-schema.ts';
import { addTestAccount } from '../accounts.ts';
import {
  batchOf,
  expectRejected,
  OFFICE,
  openTestApp,
  postBatch,
  type TestApp,
} from './fixtures.ts';
import {
  answerSet,
  getJson,
  login,
  PASSWORD,
  prepareEvaluation,
  send,
} from './results-fixtures.ts';

// Test runs of a draft (issue 14, point 5): the kiosk gets the draft as its configuration's
// `test`, its test sets are stored apart and never counted, the admin deletes them; all audited.
const ID = buergerbueroSurvey.id;
const DRAFT = `/api/v1/admin/surveys/${ID}/draft`;
const TEST = `/api/v1/admin/surveys/${ID}/test`;
const TEST_ANSWERS = `/api/v1/admin/surveys/${ID}/test-answers`;
const today = dayOf(new Date());

let t: TestApp;
let admin: string;
let wave: number;
let kioskId: number;
beforeAll(async () => {
  t = await openTestApp();
  wave = await prepareEvaluation(t, { name: 'jetzt', from: today, to: addDays(today, 27) });
  await addTestAccount(t.store, PASSWORD, {
    name: 'Frau Meier',
    role: 'evaluator',
    offices: [OFFICE],
  });
  admin = await login(t);
  kioskId = (await t.store.listKiosks())[0]?.id ?? 0;
});
afterAll(() => t?.close());

const request = (method: string, path: string, cookie: string, body?: unknown) =>
  t.app.request(path, {
    method,
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
const configuration = async () => {
  const res = await t.app.request(KIOSK_CONFIG_PATH, {
    headers: { Authorization: `Bearer ${t.token}` },
  });
  expect(res.status).toBe(200);
  return KioskConfiguration.parse(await res.json());
};
const testBatch = (version: string, sets: AnswerSet[]) => ({
  batchId: randomUUID(),
  test: true,
  surveyId: ID,
  surveyVersion: version,
  office: OFFICE,
  answerSets: sets.map((s) => ({ ...s, surveyVersion: version, test: true })),
});
const PLAY = 'play_corner_used';

describe('test runs of a draft', () => {
  let version = '';

  it('is for admins only', async () => {
    const evaluator = await login(t, PASSWORD, 'Frau Meier');
    for (const [method, path] of [
      ['GET', TEST],
      ['POST', TEST],
      ['DELETE', `${TEST}/${kioskId}`],
      ['DELETE', TEST_ANSWERS],
    ] as const) {
      const body = method === 'POST' ? { kiosk: kioskId } : undefined;
      expect((await request(method, path, '', body)).status, `${method} ${path}`).toBe(401);
      expect((await request(method, path, evaluator, body)).status, `${method} ${path}`).toBe(403);
    }
  });

  it('refuses a start without a kiosk or on an unknown one, in plain German', async () => {
    const none = await request('POST', TEST, admin, {});
    expect(none.status).toBe(400);
    expect(((await none.json()) as { error: string }).error).toBe(
      'Bitte einen Kiosk für den Test auswählen.',
    );
    const unknown = await request('POST', TEST, admin, { kiosk: 999 });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/keinen aktiven Kiosk/);
  });

  it('refuses a draft with errors', async () => {
    const broken = structuredClone(buergerbueroSurvey) as SurveyDefinition;
    broken.title = { de: '' } as SurveyDefinition['title'];
    expect((await request('PUT', DRAFT, admin, broken)).status).toBe(200);
    const res = await request('POST', TEST, admin, { kiosk: kioskId });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/hat noch Fehler/);
    expect(await t.store.findKioskTest(kioskId)).toBeUndefined();
  });

  it('runs the draft on the chosen kiosk: its configuration carries the test, audited', async () => {
    const draft = structuredClone(buergerbueroSurvey) as SurveyDefinition;
    draft.questions.splice(3, 0, {
      id: PLAY,
      type: 'yesno',
      required: false,
      title: { de: 'Hat Ihr Kind die Spielecke genutzt?' },
    });
    expect((await request('PUT', DRAFT, admin, draft)).status).toBe(200);
    const res = await request('POST', TEST, admin, { kiosk: kioskId });
    expect(res.status).toBe(201);
    const view = (await res.json()) as TestRunView;
    expect(view.runs).toEqual([
      expect.objectContaining({ kioskId, office: OFFICE, startedBy: 'Auswertung' }),
    ]);
    version = view.runs[0]?.version ?? '';
    expect(version).not.toBe(t.version);

    const config = await configuration();
    expect(config.surveyVersion).toBe(t.version); // the published survey stays as it is
    const test = KioskTestRun.parse(config.test);
    expect(test.surveyVersion).toBe(version);
    expect(test.survey.questions.some((q) => q.id === PLAY)).toBe(true);
    const audit = await t.store.listAudit();
    expect(audit.at(-1)).toMatchObject({
      action: 'survey-test-start',
      actor: 'Auswertung',
      detail: { survey: ID, version, kiosk: kioskId, office: OFFICE },
    });
  });

  it('stores test sets apart: never in answer_sets, the summary or the export', async () => {
    const real = Array.from({ length: 5 }, () => answerSet(t.version, today));
    await send(t, real);
    const sets = Array.from({ length: 3 }, () => answerSet(version, today, { [PLAY]: 'yes' }));
    const batch = testBatch(version, sets);
    const res = await postBatch(t, batch);
    expect(res.status).toBe(201);
    // Re-sent: stored once.
    expect((await postBatch(t, batch)).status).toBe(200);
    expect(await t.countAnswerSets()).toBe(5);
    const rows = await t.sql<{ n: number }>('SELECT COUNT(*) AS n FROM test_answer_sets');
    expect(Number(rows[0]?.n)).toBe(3);

    const summary = await getJson<ResultsSummary>(t, `/api/v1/results/summary?wave=${wave}`, admin);
    expect(summary.n).toBe(5);
    const exported = await t.app.request(`/api/v1/results/export?wave=${wave}&format=csv`, {
      headers: { Cookie: admin },
    });
    expect(exported.status).toBe(200);
    expect(await exported.text()).not.toContain(PLAY);

    const view = await getJson<TestRunView>(t, TEST, admin);
    expect(view.answers.count).toBe(3);
    expect(view.answers.latest[0]).toMatchObject({ day: today, office: OFFICE });
    expect(view.answers.latest[0]?.answers[PLAY]).toBe('yes');
    // Only what an answer set holds: no time, no kiosk.
    expect(Object.keys(view.answers.latest[0] ?? {}).sort()).toEqual(['answers', 'day', 'office']);
  });

  it('checks test sets against the tested draft, and marks must agree with the batch', async () => {
    const wrong = testBatch(version, [answerSet(version, today, { [PLAY]: 'maybe' })]);
    const { body } = await expectRejected(t, postBatch(t, wrong), 400);
    expect(body.details?.join()).toMatch(PLAY);
    const mixed = testBatch(version, [answerSet(version, today)]);
    (mixed.answerSets[0] as { test?: boolean }).test = undefined;
    await expectRejected(t, postBatch(t, mixed), 400);
    const unknown = testBatch('0123456789abcdef', [answerSet(t.version, today)]);
    await expectRejected(t, postBatch(t, unknown), 400);
  });

  it('deletes the test answers with their count, audited', async () => {
    const res = await request('DELETE', TEST_ANSWERS, admin);
    expect(res.status).toBe(200);
    const body = (await res.json()) as TestRunView & { deleted: number };
    expect(body.deleted).toBe(3);
    expect(body.answers.count).toBe(0);
    expect(await t.countAnswerSets()).toBe(5);
    expect((await t.store.listAudit()).at(-1)).toMatchObject({
      action: 'survey-test-delete',
      detail: { survey: ID, count: 3 },
    });
  });

  it('ends the test: the kiosk gets its published survey back; late test sets still land apart', async () => {
    const res = await request('DELETE', `${TEST}/${kioskId}`, admin);
    expect(res.status).toBe(200);
    expect(((await res.json()) as TestRunView).runs).toEqual([]);
    expect((await configuration()).test).toBeUndefined();
    expect((await t.store.listAudit()).at(-1)).toMatchObject({
      action: 'survey-test-end',
      detail: { survey: ID, version, kiosk: kioskId },
    });
    expect((await postBatch(t, testBatch(version, [answerSet(version, today)]))).status).toBe(201);
    expect((await getJson<TestRunView>(t, TEST, admin)).answers.count).toBe(1);
    expect(await t.countAnswerSets()).toBe(5);
    const again = await request('DELETE', `${TEST}/${kioskId}`, admin);
    expect(again.status).toBe(404);
  });

  // Test and real batches claim their ids in one table (batch-claim.ts): an id is one batch's, of
  // whichever kind came first; the other kind under that id is a different batch (422), never a
  // duplicate the kiosk could drop unstored, and it writes nothing to either table.
  it('refuses a test batch under a real batch id, and a real batch under a test batch id', async () => {
    const real = batchOf([answerSet(t.version, today)]);
    expect((await postBatch(t, real)).status).toBe(201);
    const sameIdTest = {
      ...testBatch(version, [answerSet(version, today)]),
      batchId: real.batchId,
    };
    const { body } = await expectRejected(t, postBatch(t, sameIdTest), 422);
    expect(body.error).toMatch(/different batch with the id/);

    const test = testBatch(version, [answerSet(version, today)]);
    expect((await postBatch(t, test)).status).toBe(201);
    const sameIdReal = { ...batchOf([answerSet(t.version, today)]), batchId: test.batchId };
    await expectRejected(t, postBatch(t, sameIdReal), 422);
    // Each first batch re-sent is still its own duplicate.
    expect((await postBatch(t, real)).status).toBe(200);
    expect((await postBatch(t, test)).status).toBe(200);
  });
});
