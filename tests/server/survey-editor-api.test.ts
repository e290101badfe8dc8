import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_CONFIG_PATH } from '../../src/shared/enrollment-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import type { DraftView } from '../../src/shared/survey-editor/editor-api.ts';
import type { SurveyDefinition } from '../../src/shared/survey-schema.ts';
import { addTestAccount } from '../accounts.ts';
import { OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import { login, PASSWORD, prepareEvaluation } from './results-fixtures.ts';

// The questionnaire editor's API (issue 14): admins only, a draft judged by the editor's rules,
// publishing that reaches the office's kiosks at their next round.
const ID = buergerbueroSurvey.id;
const DRAFT = `/api/v1/admin/surveys/${ID}/draft`;
const PUBLISH = `/api/v1/admin/surveys/${ID}/publish`;

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await openTestApp();
  await prepareEvaluation(t);
  await addTestAccount(t.store, PASSWORD, {
    name: 'Frau Meier',
    role: 'evaluator',
    offices: [OFFICE],
  });
  admin = await login(t);
});
afterAll(() => t?.close());

const send = (method: string, path: string, cookie: string, body?: unknown) =>
  t.app.request(path, {
    method,
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
const template = () => structuredClone(buergerbueroSurvey) as SurveyDefinition;

describe('the questionnaire editor API', () => {
  it('is for admins only: 401 without a login, 403 for an evaluator', async () => {
    const evaluator = await login(t, PASSWORD, 'Frau Meier');
    for (const [method, path] of [
      ['GET', '/api/v1/admin/surveys'],
      ['GET', DRAFT],
      ['PUT', DRAFT],
      ['POST', PUBLISH],
    ] as const) {
      const body = method === 'GET' ? undefined : {};
      expect((await send(method, path, '', body)).status, `${method} ${path}`).toBe(401);
      expect((await send(method, path, evaluator, body)).status, `${method} ${path}`).toBe(403);
    }
  });

  it('starts from the published survey, judged by the editor rules', async () => {
    const res = await send('GET', DRAFT, admin);
    expect(res.status).toBe(200);
    const view = (await res.json()) as DraftView;
    expect(view).toMatchObject({ source: 'published', findings: [] });
    expect(view.version).toBe(t.version);
    expect(view.changes.every((ch) => ch.kind === 'unchanged')).toBe(true);
  });

  it('saves a draft with a new conditional question and shows what publishing would change', async () => {
    const draft = template();
    draft.questions.splice(3, 0, {
      id: 'play_corner_used',
      type: 'yesno',
      required: false,
      title: { de: 'Hat Ihr Kind die Spielecke genutzt?', ar: 'هل استخدم طفلك ركن اللعب؟' },
      showIf: { question: 'reason', anyOf: ['passport'] },
    });
    const res = await send('PUT', DRAFT, admin, draft);
    expect(res.status).toBe(200);
    const view = (await res.json()) as DraftView;
    expect(view).toMatchObject({ source: 'draft', savedBy: 'Auswertung' });
    expect(view.findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(view.changes.find((ch) => ch.id === 'play_corner_used')?.kind).toBe('added');
    expect(view.version).toMatch(/^[0-9a-f]{16}$/);
    expect(view.version).not.toBe(t.version);
  });

  it('refuses what is no draft of this survey, and keeps a draft with errors from being published', async () => {
    expect((await send('PUT', DRAFT, admin, '{not json')).status).toBe(400);
    expect((await send('PUT', DRAFT, admin, { ...template(), id: 'other' })).status).toBe(400);
    const long = template();
    for (let i = 0; i < 4; i++) {
      long.questions.push({
        id: `extra_${i}`,
        type: 'scale',
        required: false,
        title: { de: `Frage ${i}?` },
      });
    }
    const view = (await (await send('PUT', DRAFT, admin, long)).json()) as DraftView;
    expect(view.findings.filter((f) => f.level === 'error')).toHaveLength(1);
    expect(view.version).toBeUndefined();
    const period = { offices: [OFFICE], from: '2027-06-01', to: '2027-06-30' };
    const refused = await send('POST', PUBLISH, admin, period);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('Höchstens 15 Fragen');
  });

  it("takes a scale question's own labels: a change of wording to confirm, five texts per language", async () => {
    const draft = template();
    const rooms = draft.questions.find((q) => q.id === 'rooms');
    if (rooms?.type !== 'scale') throw new Error('rooms is no scale question');
    const level = (de: string, ar: string) => ({ de, ar });
    rooms.scaleLabels = {
      5: level('sehr gut', 'جيد جدًا'),
      4: level('gut', 'جيد'),
      3: level('es geht', 'مقبول'),
      2: level('schlecht', 'سيئ'),
      1: level('sehr schlecht', 'سيئ جدًا'),
    };
    const view = (await (await send('PUT', DRAFT, admin, draft)).json()) as DraftView;
    expect(view.findings).toEqual([]);
    expect(view.changes.find((ch) => ch.id === 'rooms')).toMatchObject({
      kind: 'changed',
      meaningMayDiffer: true,
      details: expect.arrayContaining(['Stufe 5: „sehr zufrieden“ → „sehr gut“']),
    });
    const missing = (l: string) => view.languages.find((x) => x.language === l)?.missing;
    // The template has every text in English, so English lacks just the five new labels.
    expect(missing('en')).toBe(5);
    const period = { offices: [OFFICE], from: '2027-06-01', to: '2027-06-30' };
    const unconfirmed = await send('POST', PUBLISH, admin, period);
    expect(unconfirmed.status).toBe(400);
    expect(JSON.stringify(await unconfirmed.json())).toContain('rooms');

    // The same messages as the CLI's for a level without German: an error, nothing to publish.
    rooms.scaleLabels[3] = { de: '', en: 'so-so' };
    const broken = (await (await send('PUT', DRAFT, admin, draft)).json()) as DraftView;
    expect(broken.findings).toEqual([
      {
        level: 'error',
        message:
          'question "rooms" (#8), field scaleLabels.3.de: German text (de) must not be empty',
      },
    ]);
    expect(broken.version).toBeUndefined();
    expect((await send('POST', PUBLISH, admin, period)).status).toBe(400);
  });

  it('publishes only once a reworded question is confirmed the same, and the kiosk gets the new version', async () => {
    const draft = template();
    const waiting = draft.questions.find((q) => q.id === 'waiting_time');
    if (!waiting) throw new Error('no waiting_time');
    waiting.title = { de: 'Wie zufrieden waren Sie heute mit der Wartezeit?' };
    await send('PUT', DRAFT, admin, draft);
    const period = { offices: [OFFICE], from: '2027-06-01', to: '2027-06-30' };
    const unconfirmed = await send('POST', PUBLISH, admin, period);
    expect(unconfirmed.status).toBe(400);
    expect(JSON.stringify(await unconfirmed.json())).toContain('waiting_time');

    const res = await send('POST', PUBLISH, admin, { ...period, sameQuestions: ['waiting_time'] });
    expect(res.status).toBe(201);
    const { version } = (await res.json()) as { version: string };
    const config = await t.app.request(KIOSK_CONFIG_PATH, {
      headers: { Authorization: `Bearer ${t.token}` },
    });
    expect(await config.json()).toMatchObject({
      surveyVersion: version,
      period: { from: '2027-06-01', to: '2027-06-30' },
    });
    // The draft is gone; the editor starts from what was published.
    expect(((await (await send('GET', DRAFT, admin)).json()) as DraftView).source).toBe(
      'published',
    );
    const trail = await t.store.listAudit();
    expect(trail.at(-1)).toMatchObject({
      actor: 'Auswertung',
      action: 'survey-set',
      detail: { version, offices: [OFFICE], sameQuestions: ['waiting_time'] },
    });
  });
});
