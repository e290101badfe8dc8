import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/server/enrollment-configuration.ts';
import { IMPORT_PATH } from '../../src/server/routes/import.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { KIOSK_CONFIG_PATH } from '../../src/shared/enrollment-schema.ts';
import { expectRejected, makeBatch, openTestApp, postBatch, type TestApp } from './fixtures.ts';

// Input found when Urne was tried as a hostile tester would: each must be refused with a
// sentence and change nothing (expectRejected), and what real citizens write must still pass.
let t: TestApp;
const today = dayOf(new Date());
beforeAll(async () => {
  t = await openTestApp();
  // The kiosk's first configuration fixes the office's survey period: today and 27 more days.
  const config = await t.app.request(KIOSK_CONFIG_PATH, {
    headers: { Authorization: `Bearer ${t.token}` },
  });
  expect(config.status).toBe(200);
});
afterAll(() => t.close());

/** A batch of one answer set, changed by `change`. */
function batchWith(change: (set: Record<string, unknown>) => void) {
  const batch = makeBatch(t.version, 1);
  change(batch.answerSets[0] as unknown as Record<string, unknown>);
  return batch;
}
const withDay = (day: string) => batchWith((set) => Object.assign(set, { day }));
const withText = (text: string) =>
  batchWith((set) => Object.assign(set.answers as object, { improve: text }));

describe('days no kiosk can have written', () => {
  it.each([
    ['a day the calendar does not have', '2026-02-31', /real calendar day/],
    ['a day still to come', '2099-12-31', /has not come yet/],
    ['the day after tomorrow', addDays(today, 2), /has not come yet/],
    ['a day before the survey period', '1970-01-01', /outside the survey period/],
    ['yesterday, before the period began today', addDays(today, -1), /outside the survey period/],
  ])('refuses %s (%s)', async (_, day, why) => {
    const { body } = await expectRejected(t, postBatch(t, withDay(day)), 400);
    expect(body.details?.join(' ')).toMatch(why);
  });

  it('accepts today and tomorrow (a tablet clock a little ahead)', async () => {
    for (const day of [today, addDays(today, 1)]) {
      expect((await postBatch(t, withDay(day))).status).toBe(201);
    }
  });
});

describe('free text', () => {
  it.each([
    ['NUL', 'Danke\u0000'],
    ['an ANSI escape', '\u001b[31mrot\u001b[0m'],
    ['a right-to-left override', 'Frau K.\u202e ist super'],
    ['a bidi isolate', 'gut \u2066versteckt\u2069'],
    ['a lone surrogate', 'kaputt \ud800'],
    ['a C1 control', 'next\u0085line'],
  ])('refuses %s', async (_, text) => {
    const { body } = await expectRejected(t, postBatch(t, withText(text)), 400);
    expect(body.details?.join(' ')).toMatch(/control characters or text-direction marks/);
  });

  it('stores Arabic, Turkish and Cyrillic text, line breaks and emoji as they are', async () => {
    const text = 'شكرا جزيلا\nTeşekkürler, çok güzel\r\nСпасибо 👍🏽 Ünal';
    const before = await t.countAnswerSets();
    expect((await postBatch(t, withText(text))).status).toBe(201);
    expect(await t.countAnswerSets()).toBe(before + 1);
  });
});

describe('answer keys that are not questions', () => {
  it.each(['constructor', 'prototype'])('refuses "%s" like any unknown question', async (key) => {
    const batch = batchWith((set) => Object.assign(set.answers as object, { [key]: 'x' }));
    await expectRejected(t, postBatch(t, batch), 400);
  });

  it('refuses "__proto__", which the schema would otherwise drop without a word', async () => {
    const batch = makeBatch(t.version, 1);
    // JSON.stringify cannot write it from an object literal's __proto__; put it in the text.
    const raw = JSON.stringify(batch).replace('"answers":{', '"answers":{"__proto__":"x",');
    const { body } = await expectRejected(t, postBatch(t, batch, { rawBody: raw }), 400);
    expect(body.error).toMatch(/"__proto__"/);
  });

  it('refuses a backup file that carries "__proto__"', async () => {
    const batch = makeBatch(t.version, 1);
    const backup = JSON.stringify({
      format: 'urne-backup',
      version: 1,
      office: batch.office,
      exportedDay: today,
      batches: [batch],
    }).replace('"answers":{', '"answers":{"__proto__":"x",');
    const request = Promise.resolve(
      t.app.request(IMPORT_PATH, {
        method: 'POST',
        headers: { Authorization: `Bearer ${t.token}`, 'Content-Type': 'application/json' },
        body: backup,
      }),
    );
    const { body } = await expectRejected(t, request, 400);
    expect(body.error).toMatch(/"__proto__"/);
  });
});
