import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { batchContentHash } from '../../src/server/store/batch-hash.ts';
import { AnswerSet } from '../../src/shared/answer-schema.ts';
import { canonicalJson } from '../../src/shared/survey/survey-version.ts';
import { Batch } from '../../src/shared/wire-schema.ts';
import { makeBatch } from './fixtures.ts';

const reference = (batch: Batch) => createHash('sha256').update(canonicalJson(batch)).digest('hex');
const hashBatch = batchContentHash;

describe('the content hash of a batch', () => {
  it('equals the SHA-256 of canonicalJson for realistic batches', () => {
    for (let i = 0; i < 20; i++) {
      const batch = Batch.parse(makeBatch('0123456789abcdef', 30));
      expect(hashBatch(batch)).toBe(reference(batch));
    }
  });

  it('stays what earlier versions stored, for flagged sets, lists, quotes and umlauts, whatever the key order', () => {
    const batch = Batch.parse({
      office: 'Bürgerbüro "Mitte"',
      batchId: '8f0c5a3e-2b7d-4c1e-9a6f-0d3b2e1c4a5f',
      surveyVersion: '0123456789abcdef',
      surveyId: 'survey',
      answerSets: [
        {
          surveyVersion: '0123456789abcdef',
          flagged: true,
          day: '2026-06-18',
          surveyId: 'survey',
          office: 'Bürgerbüro "Mitte"',
          answers: { z_last: 'Schön, “danke”\n', a_first: 5, multi: ['b', 'a'] },
        },
      ],
    });
    // Computed by the former row-based hash (before the one intake path): a kiosk re-sending
    // a batch stored then must still hear "duplicate", never 422.
    expect(hashBatch(batch)).toBe(
      '06c1ff805ac55f19234d45d06624878e5eac7c45735e4e109f406768ff9d147a',
    );
  });

  it('covers every field of an answer set and of a batch (a new field must be hashed too)', () => {
    expect(Object.keys(AnswerSet.shape).sort()).toEqual(
      ['answers', 'day', 'flagged', 'office', 'surveyId', 'surveyVersion', 'test'].sort(),
    );
    const batch = Batch.parse(makeBatch('0123456789abcdef', 1));
    expect(Object.keys(batch).sort()).toEqual(
      ['answerSets', 'batchId', 'office', 'surveyId', 'surveyVersion'].sort(),
    );
  });

  it('differs between a test batch and the same batch counted for real', () => {
    const batch = Batch.parse(makeBatch('0123456789abcdef', 2));
    const test = Batch.parse({
      ...batch,
      test: true,
      answerSets: batch.answerSets.map((set) => ({ ...set, test: true })),
    });
    expect(hashBatch(test)).not.toBe(hashBatch(batch));
  });

  it('differs when any answer differs', () => {
    const batch = Batch.parse(makeBatch('0123456789abcdef', 3));
    const changed = structuredClone(batch);
    const set = changed.answerSets[1];
    if (!set) throw new Error('fixture');
    set.day = '2026-06-19';
    expect(hashBatch(changed)).not.toBe(hashBatch(batch));
  });
});
