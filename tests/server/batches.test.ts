import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchAck, type ErrorBody, MAX_BATCH_SIZE } from '../../src/shared/wire-schema.ts';
import {
  expectRejected,
  makeBatch,
  OFFICE,
  openTestApp,
  postBatch,
  type TestApp,
} from './fixtures.ts';

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
  // Something already stored, so "unchanged" below is not trivially about an empty table.
  expect((await postBatch(t, makeBatch(t.version, 5))).status).toBe(201);
});
afterAll(() => t.close());

/** The refusal's body, after expectRejected's checks (status, a sentence, nothing changed). */
const rejected = async (request: Promise<Response>, status: number): Promise<ErrorBody> =>
  (await expectRejected(t, request, status)).body;

describe('POST /api/v1/batches', () => {
  it('stores a new batch in full and answers 201 with the count', async () => {
    const batch = makeBatch(t.version, MAX_BATCH_SIZE);
    const before = await t.countAnswerSets();
    const res = await postBatch(t, batch);
    expect(res.status).toBe(201);
    expect(BatchAck.parse(await res.json())).toEqual({
      batchId: batch.batchId,
      accepted: MAX_BATCH_SIZE,
      duplicate: false,
    });
    expect(await t.countAnswerSets()).toBe(before + MAX_BATCH_SIZE);
  });

  it('answers the same batch again with 200 duplicate and stores nothing twice', async () => {
    const batch = makeBatch(t.version, 4);
    expect((await postBatch(t, batch)).status).toBe(201);
    const before = await t.dump();
    // Same content, keys in another order: canonical JSON makes it the same batch.
    const reordered = Object.fromEntries(Object.entries(batch).reverse());
    const res = await postBatch(t, reordered);
    expect(res.status).toBe(200);
    expect(BatchAck.parse(await res.json())).toEqual({
      batchId: batch.batchId,
      accepted: 4,
      duplicate: true,
    });
    expect(await t.dump()).toEqual(before);
  });

  it('refuses the same batch id with different content: 422, nothing stored', async () => {
    const batch = makeBatch(t.version, 3);
    expect((await postBatch(t, batch)).status).toBe(201);
    const changed = { ...batch, answerSets: makeBatch(t.version, 3).answerSets };
    const body = await rejected(postBatch(t, changed), 422);
    expect(body.error).toContain(batch.batchId);
  });

  it('refuses malformed JSON with 400', async () => {
    const body = await rejected(
      postBatch(t, null, { rawBody: '{"batchId": "x",', headers: { 'Idempotency-Key': 'x' } }),
      400,
    );
    expect(body.error).toMatch(/not valid JSON/);
  });

  it('refuses a wrong shape with 400 listing each problem', async () => {
    const batch = makeBatch(t.version, 2);
    const wrong = {
      ...batch,
      answerSets: [
        { ...batch.answerSets[0], day: '18.06.2026' },
        { ...batch.answerSets[1], kioskId: 'tablet-1' },
      ],
    };
    const body = await rejected(postBatch(t, wrong), 400);
    expect(body.details).toEqual(
      expect.arrayContaining([
        'answerSets[0].day: must be a day YYYY-MM-DD',
        expect.stringMatching(/^answerSets\[1\].*kioskId/),
      ]),
    );
  });

  it('refuses an unknown survey version with 400', async () => {
    const batch = makeBatch('0123456789abcdef', 2);
    const body = await rejected(postBatch(t, batch), 400);
    expect(body.error).toContain('0123456789abcdef');
  });

  it('refuses a batch with one invalid answer set with 400 naming it, storing none of the batch', async () => {
    const batch = makeBatch(t.version, 5);
    const third = batch.answerSets[2];
    if (!third) throw new Error('fixture');
    third.answers = { ...third.answers, overall: 'great' };
    const body = await rejected(postBatch(t, batch), 400);
    expect(body.details).toEqual(['answerSets[2]: answer "overall": must be a number from 1 to 5']);
  });

  it('refuses a batch from another office than the kiosk is registered for', async () => {
    const batch = makeBatch(t.version, 2, 'Bürgerbüro Dortmund');
    const body = await rejected(postBatch(t, batch), 400);
    expect(body.error).toContain(OFFICE);
    expect(body.error).toContain('Bürgerbüro Dortmund');
  });

  it('refuses a missing or mismatching Idempotency-Key with 400', async () => {
    const batch = makeBatch(t.version, 2);
    await rejected(postBatch(t, batch, { headers: { 'Idempotency-Key': '' } }), 400);
    const other = randomUUID();
    const body = await rejected(
      postBatch(t, batch, { headers: { 'Idempotency-Key': other } }),
      400,
    );
    expect(body.error).toContain(other);
  });

  it('answers GET on the batches address with 405', async () => {
    const res = await t.app.request('/api/v1/batches');
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('POST');
  });
});
