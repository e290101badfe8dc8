import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchAck, ErrorBody, HEALTH_PATH } from '../../src/shared/wire-schema.ts';
import { makeBatch, openTestApp, postBatch, type TestApp } from './fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  // Something already stored, so "unchanged" below is not trivially about an empty database.
  expect((await postBatch(t, makeBatch(t.version, 4))).status).toBe(201);
});
afterAll(() => t.close());

/** Runs DDL on the test database through a second connection, as an operator's sqlite3 would. */
function alterDatabase(sql: string): void {
  const db = new Database(t.dbPath);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe('unexpected failures', () => {
  it('a write failing mid-batch stores nothing, answers 500 in plain words, and the resend is new', async () => {
    const stored = ((await t.dump()).answer_sets ?? []).length;
    // The real SQLite refuses the third answer set of the next batch, after two went in.
    alterDatabase(`CREATE TRIGGER refuse_third_answer_set BEFORE INSERT ON answer_sets
       WHEN (SELECT COUNT(*) FROM answer_sets) >= ${stored + 2}
       BEGIN SELECT RAISE(ABORT, 'SQLITE_FULL: database or disk is full'); END;`);
    const before = await t.dump();
    const batch = makeBatch(t.version, 5);

    const res = await postBatch(t, batch);
    expect(res.status).toBe(500);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(text).not.toMatch(/SQLITE|\.ts:\d+|\bat /);
    expect(ErrorBody.parse(JSON.parse(text)).error).toMatch(
      /^Something went wrong.*Nothing was stored/,
    );
    // Neither the two answer sets written before the failure nor the batch id stayed.
    expect(await t.dump()).toEqual(before);
    expect(t.logs.some((l) => l.includes('SQLITE_FULL'))).toBe(true);
    expect(t.logs.join('\n')).not.toMatch(/waiting_time|overall/);
    // The database still answers, but IT's monitoring must see that uploads fail.
    const health = await t.app.request(HEALTH_PATH);
    expect(health.status).toBe(503);
    expect(ErrorBody.parse(await health.json()).error).toMatch(/upload.*could not be stored/);

    alterDatabase('DROP TRIGGER refuse_third_answer_set');
    const again = await postBatch(t, batch);
    expect(again.status).toBe(201);
    expect((await t.app.request(HEALTH_PATH)).status).toBe(200);
    expect(BatchAck.parse(await again.json())).toEqual({
      batchId: batch.batchId,
      accepted: 5,
      duplicate: false,
    });
    expect((await t.dump()).answer_sets).toHaveLength(stored + 5);
  });

  it('health answers 503 when the database is gone', async () => {
    const other = await openTestApp();
    try {
      expect((await other.app.request(HEALTH_PATH)).status).toBe(200);
      await other.store.close();
      const res = await other.app.request(HEALTH_PATH);
      expect(res.status).toBe(503);
      expect(ErrorBody.parse(await res.json()).error).toMatch(/database/);
    } finally {
      await other.close();
    }
  });
});
