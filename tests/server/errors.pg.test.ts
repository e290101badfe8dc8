import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchAck, ErrorBody } from '../../src/shared/wire-schema.ts';
import { makeBatch, openTestApp, postBatch, type TestApp } from './fixtures.ts';

// errors.test.ts's all-or-nothing, on PostgreSQL: a write that fails after two answer sets of a
// batch went in (the database refuses the third, as a full disk would) leaves nothing behind,
// not the two sets and not the batch id, so the kiosk's resend is stored as new.
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ store: 'postgres' });
  expect((await postBatch(t, makeBatch(t.version, 4))).status).toBe(201);
});
afterAll(() => t.close());

describe('a write failing mid-batch on PostgreSQL', () => {
  it('stores nothing, answers 500 in plain words, and the resend is new', async () => {
    const stored = await t.countAnswerSets();
    // A trigger per row, so it fires between the rows of the batch's one INSERT.
    await t.sql(`CREATE FUNCTION refuse_third() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT COUNT(*) FROM answer_sets) >= ${stored + 2} THEN
          RAISE EXCEPTION 'could not extend file: No space left on device';
        END IF;
        RETURN NEW;
      END $$`);
    await t.sql(`CREATE TRIGGER refuse_third_answer_set BEFORE INSERT ON answer_sets
      FOR EACH ROW EXECUTE FUNCTION refuse_third()`);
    const before = await t.dump();
    const batch = makeBatch(t.version, 5);

    const res = await postBatch(t, batch);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/No space|\.ts:\d+|\bat /);
    expect(ErrorBody.parse(JSON.parse(text)).error).toMatch(
      /^Something went wrong.*Nothing was stored/,
    );
    expect(await t.dump()).toEqual(before);

    await t.sql('DROP TRIGGER refuse_third_answer_set ON answer_sets');
    const again = await postBatch(t, batch);
    expect(again.status).toBe(201);
    expect(BatchAck.parse(await again.json())).toEqual({
      batchId: batch.batchId,
      accepted: 5,
      duplicate: false,
    });
    expect(await t.countAnswerSets()).toBe(stored + 5);
  });
});
