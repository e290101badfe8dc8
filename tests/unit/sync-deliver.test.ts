import { describe, expect, it } from 'vitest';
import type { Batch } from '../../src/shared/wire-schema.ts';
import { deliverBatch } from '../../src/sync/deliver-batch.ts';
import { COMPLETE_ANSWERS } from '../utils.ts';

/**
 * How the client reads a 200/201. The real endpoint never sends the odd
 * replies below (tests/server covers what it does send); a proxy, a captive
 * portal or a broken deployment might, so the replies are scripted here.
 */
const batch: Batch = {
  batchId: '6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d',
  surveyId: 'buergerbuero_zufriedenheit',
  surveyVersion: '0123456789abcdef',
  office: 'Bürgerbüro Lünen',
  answerSets: [
    {
      surveyId: 'buergerbuero_zufriedenheit',
      surveyVersion: '0123456789abcdef',
      office: 'Bürgerbüro Lünen',
      day: '2026-06-18',
      answers: COMPLETE_ANSWERS,
    },
  ],
};

function replyWith(status: number, body: unknown) {
  return deliverBatch({
    fetch: async () => Response.json(body, { status }),
    endpoint: 'http://urne.test',
    token: 'token',
    batch,
    timeoutMs: 5000,
    nowMs: 0,
  });
}

describe('deliverBatch: what counts as an acknowledgement', () => {
  const ack = { batchId: batch.batchId, accepted: 1 };

  it('201 stored now, 200 duplicate: true already stored', async () => {
    expect(await replyWith(201, { ...ack, duplicate: false })).toEqual({
      kind: 'acknowledged',
      duplicate: false,
    });
    expect(await replyWith(200, { ...ack, duplicate: true })).toEqual({
      kind: 'acknowledged',
      duplicate: true,
    });
  });

  it('a 200 that does not say duplicate: true keeps the batch on the tablet', async () => {
    expect(await replyWith(200, { ...ack, duplicate: false })).toEqual({
      kind: 'retry-later',
      status: 200,
    });
    expect(await replyWith(200, ack)).toEqual({ kind: 'retry-later', status: 200 });
    expect(await replyWith(200, { status: 'ok' })).toEqual({ kind: 'retry-later', status: 200 });
  });

  it('an acknowledgement of another batch is none', async () => {
    const other = { ...ack, batchId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', duplicate: true };
    expect(await replyWith(200, other)).toEqual({ kind: 'retry-later', status: 200 });
  });
});
