import { randomUUID } from 'node:crypto';
import type { AnswerSet, Answers } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { ADMIN_NAME, addTestAccount } from '../accounts.ts';
import { COMPLETE_ANSWERS } from '../utils.ts';
import { OFFICE, postBatch, type TestApp } from './fixtures.ts';

export const PASSWORD = 'correct horse battery staple';
export const SURVEY = buergerbueroSurvey.id;

/** A complete, valid answer set of the default survey; `answers` overrides single answers. */
export function answerSet(
  version: string,
  day: string,
  answers: Answers = {},
  extra: { office?: string; flagged?: true } = {},
): AnswerSet {
  const base: Answers = { ...COMPLETE_ANSWERS, opening_hours: 3, overall: 4 };
  const set: AnswerSet = {
    surveyId: SURVEY,
    surveyVersion: version,
    office: extra.office ?? OFFICE,
    day,
    answers: { ...base, ...answers },
  };
  if (extra.flagged) set.flagged = true;
  return set;
}

/** Sends answer sets through the real POST /api/v1/batches (one batch per office). */
export async function send(t: TestApp, sets: AnswerSet[], token = t.token): Promise<void> {
  const office = sets[0]?.office ?? OFFICE;
  const res = await postBatch(
    t,
    { batchId: randomUUID(), surveyId: SURVEY, surveyVersion: t.version, office, answerSets: sets },
    { token },
  );
  if (res.status !== 201) throw new Error(`batch refused: ${res.status} ${await res.text()}`);
}

/** Adds the admin account ADMIN_NAME and defines a wave; returns the wave id. */
export async function prepareEvaluation(
  t: TestApp,
  wave = { name: '2026', from: '2026-06-18', to: '2026-07-14' },
): Promise<number> {
  const store = t.store;
  await addTestAccount(store, PASSWORD);
  return (await store.addWave({ surveyId: SURVEY, ...wave, sealed: false })).id;
}

/** Logs in through the real route and returns the Cookie header for later requests. */
export async function login(t: TestApp, password = PASSWORD, name = ADMIN_NAME): Promise<string> {
  const res = await t.app.request('/api/v1/evaluator/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (res.status !== 204) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('Set-Cookie') ?? '';
  return cookie.split(';')[0] ?? '';
}

export async function getJson<T>(t: TestApp, path: string, cookie: string): Promise<T> {
  const res = await t.app.request(path, { headers: { Cookie: cookie } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
